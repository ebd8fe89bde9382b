package cn.shuangyong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * 双拥工作平台: the working platform of Yunnan's double-support offices and the units they work with.
 */
@SpringBootApplication
public class ShuangyongApplication {

	public static void main(String[] args) {
		SpringApplication.run(ShuangyongApplication.class, args);
	}
}
