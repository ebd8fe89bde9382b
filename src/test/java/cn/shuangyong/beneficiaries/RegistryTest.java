package cn.shuangyong.beneficiaries;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.shuangyong.PlatformTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The registry's tests share one platform (one context, one database): the demo platform with a low export approval
 * threshold, so a large export is easy to make, and a limit of 5 reveals an hour.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformTest
@TestPropertySource(properties = { "shuangyong.beneficiaries.export.approval-threshold=50",
		"shuangyong.beneficiaries.reveal.per-hour=5" })
@interface RegistryTest {
}
