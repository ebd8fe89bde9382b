package cn.shuangyong.shared.demo;

import java.util.List;
import java.util.Set;

import cn.shuangyong.PlatformTest;
import cn.shuangyong.shared.DemoMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database that has held the demo is no database for real work: started outside demo mode, it is refused. */
@PlatformTest
class DemoDatabaseTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusesToRunADemoDatabaseOutsideDemoMode() {
		DemoSeeding outsideDemo = new DemoSeeding(new DemoMode(false), jdbc, List.of(), Set.of());
		assertThatThrownBy(() -> outsideDemo.run(null)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("演示账号").hasMessageContaining("bin/run");
	}

	@Test
	void runsTheDemoDatabaseInDemoMode() {
		DemoSeeding inDemo = new DemoSeeding(new DemoMode(true), jdbc, List.of(), Set.of());
		assertThatCode(() -> inDemo.run(null)).doesNotThrowAnyException();
	}
}
