package cn.shuangyong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import cn.shuangyong.beneficiaries.importing.ImportCommand;
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
		if (args.length > 0 && ImportCommand.NAME.equals(args[0])) {
			System.exit(ImportCommand.run(args, rest -> SpringApplication.run(ShuangyongApplication.class, rest),
					System.out));
		}
		SpringApplication.run(ShuangyongApplication.class, args);
	}
}
