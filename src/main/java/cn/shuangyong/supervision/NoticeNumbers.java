package cn.shuangyong.supervision;

import java.util.Optional;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.documents.DocumentRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Numbers notices per issuing office and year, as offices number their documents: the province's are
 * 云拥办督〔2020〕1号, 2号 …, 楚雄州's 楚拥办督〔2020〕1号 …. The serial is taken atomically, so two nodes never give one
 * number twice; a number already in the document register is skipped rather than duplicated.
 */
@Component
class NoticeNumbers {

	private final JdbcClient jdbc;

	private final Directory directory;

	private final DocumentRegistry documents;

	private final EscalationSettings settings;

	NoticeNumbers(JdbcClient jdbc, Directory directory, DocumentRegistry documents, EscalationSettings settings) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.documents = documents;
		this.settings = settings;
	}

	Numbered next(long issuerUnitId, String issuerRegion, int year) {
		String abbr = directory.region(new RegionCode(issuerRegion)).map(Region::name).filter(n -> !n.isEmpty())
			.map(n -> n.substring(0, 1)).orElse("");
		while (true) {
			int serial = jdbc.sql("""
					insert into supervision.notice_serial (issuer_unit_id, year, last_serial) values (:u, :y, 1)
					on conflict (issuer_unit_id, year) do update set last_serial = supervision.notice_serial.last_serial + 1
					returning last_serial""")
				.param("u", issuerUnitId).param("y", year).query(Integer.class).single();
			String number = format(settings.numberFormat(), abbr, year, serial);
			if (taken(number).isEmpty()) {
				return new Numbered(number, year, serial);
			}
		}
	}

	private Optional<?> taken(String number) {
		return documents.byNumber(number);
	}

	static String format(String pattern, String abbr, int year, int serial) {
		return pattern.replace("{abbr}", abbr).replace("{year}", Integer.toString(year))
			.replace("{n}", Integer.toString(serial));
	}

	record Numbered(String number, int year, int serial) {
	}
}
