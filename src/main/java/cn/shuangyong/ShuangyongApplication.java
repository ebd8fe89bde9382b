package cn.shuangyong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import cn.shuangyong.documents.reading.ParseCommand;

/**
 * 双拥工作平台: the working platform of Yunnan's double-support offices and the units they work with.
 */
@SpringBootApplication
public class ShuangyongApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "parse".equals(args[0])) {
			System.exit(ParseCommand.run(args, System.out, System.err));
		}
		SpringApplication.run(ShuangyongApplication.class, args);
	}
}
