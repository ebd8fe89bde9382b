package cn.shuangyong.supervision;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.shuangyong.documents.DocumentRegistry;
import cn.shuangyong.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Takes the next document number in an office's sequence for a year (云拥办〔2020〕N号). The office's counter row is
 * locked until the caller's transaction ends, so two numbers taken at once differ; a number the register already
 * holds (the plan itself, a document recorded some other way) is skipped, never reused.
 */
@Component
class DocNumbers {

	/** 发文字号: 机关代字〔年份〕序号号 (GB/T 9704-2012, 7.2.5). */
	private static final Pattern NUMBER = Pattern.compile("^(.+?)〔(\\d{4})〕(\\d+)号$");

	private final JdbcClient jdbc;

	private final DocumentRegistry registry;

	DocNumbers(JdbcClient jdbc, DocumentRegistry registry) {
		this.jdbc = jdbc;
		this.registry = registry;
	}

	/** The 机关代字 of a number such as 红拥办〔2021〕3号. */
	static String prefixOf(String docNumber) {
		Matcher matcher = NUMBER.matcher(docNumber == null ? "" : docNumber.strip());
		if (!matcher.matches()) {
			throw new InvalidInputException("工作要点的发文字号“" + docNumber + "”不是“机关代字〔年份〕序号号”的格式，无法为通报编号");
		}
		return matcher.group(1);
	}

	static String format(String prefix, int year, int number) {
		return prefix + "〔" + year + "〕" + number + "号";
	}

	/** Must run inside the transaction that records the document under the number. */
	String next(long issuerUnitId, String prefix, int year) {
		jdbc.sql("""
				insert into supervision.doc_sequence (issuer_unit_id, prefix, year, last_no) values (:u, :p, :y, 0)
				on conflict do nothing""")
			.param("u", issuerUnitId).param("p", prefix).param("y", year).update();
		int last = jdbc.sql("""
				select last_no from supervision.doc_sequence where issuer_unit_id = :u and prefix = :p and year = :y
				for update""")
			.param("u", issuerUnitId).param("p", prefix).param("y", year).query(Integer.class).single();
		int number = last + 1;
		while (registry.byNumber(format(prefix, year, number)).isPresent()) {
			number++;
		}
		jdbc.sql("update supervision.doc_sequence set last_no = :n where issuer_unit_id = :u and prefix = :p and year = :y")
			.param("n", number).param("u", issuerUnitId).param("p", prefix).param("y", year).update();
		return format(prefix, year, number);
	}
}
