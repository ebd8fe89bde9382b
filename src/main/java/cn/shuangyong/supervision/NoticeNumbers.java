package cn.shuangyong.supervision;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.documents.DocumentRegistry;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Numbers notices per issuing office and year, as offices number their documents: the province's are
 * 云拥办督〔2020〕1号, 2号 …, 楚雄州's 楚拥办督〔2020〕1号 …. The province and the prefectures are abbreviated by the
 * first character of their names, which differ; a county by its first two, since one character would give 楚雄市 the
 * prefecture's 楚 and 西山区 the same 西 as 西盟县 (the first two characters of Yunnan's 129 counties all differ). The
 * serial is taken atomically, so two nodes never give one number twice; a number already in the document register or
 * on another office's notice is skipped rather than duplicated.
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
		String abbr = directory.region(new RegionCode(issuerRegion)).map(NoticeNumbers::abbreviation).orElse("");
		while (true) {
			int serial = jdbc.sql("""
					insert into supervision.notice_serial (issuer_unit_id, year, last_serial) values (:u, :y, 1)
					on conflict (issuer_unit_id, year) do update set last_serial = supervision.notice_serial.last_serial + 1
					returning last_serial""")
				.param("u", issuerUnitId).param("y", year).query(Integer.class).single();
			String number = format(settings.numberFormat(), abbr, year, serial);
			if (!taken(number)) {
				return new Numbered(number, year, serial);
			}
		}
	}

	private boolean taken(String number) {
		return documents.byNumber(number).isPresent() || jdbc.sql("select 1 from supervision.notice where doc_number = :n")
			.param("n", number).query(Integer.class).optional().isPresent();
	}

	static String abbreviation(Region region) {
		int length = region.level() == RegionLevel.PROVINCE || region.level() == RegionLevel.PREFECTURE ? 1 : 2;
		return region.name().substring(0, Math.min(length, region.name().length()));
	}

	static String format(String pattern, String abbr, int year, int serial) {
		return pattern.replace("{abbr}", abbr).replace("{year}", Integer.toString(year))
			.replace("{n}", Integer.toString(serial));
	}

	record Numbered(String number, int year, int serial) {
	}
}
