package cn.shuangyong.publicity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of exemplars: an office records one from its region with the year and source of the selection; the list
 * is public honours, read by every business role whatever their region.
 */
@Service
public class Exemplars {

	private final JdbcClient jdbc;

	private final Directory directory;

	private final AuditTrail audit;

	private final BusinessClock clock;

	Exemplars(JdbcClient jdbc, Directory directory, AuditTrail audit, BusinessClock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Exemplar> all(CurrentUser by) {
		by.require(Permission.WORK_READ);
		return jdbc.sql("""
				select e.id, e.title, e.name, e.region_code, e.year, e.source, e.story, e.honours from publicity.exemplar e
				order by e.year desc, e.title, e.region_code, e.id""")
			.query((rs, n) -> new Exemplar(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					directory.region(RegionCode.of(rs.getString(4))).map(Region::name).orElse(""), rs.getInt(5),
					rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
	}

	@Transactional
	public long record(String title, String name, String region, Integer year, String source, String story,
			CurrentUser by) {
		if (!by.can(Permission.PLANS_PUBLISH)) {
			throw new AccessDeniedException("只有双拥办可以登记先进典型");
		}
		List<String> problems = new ArrayList<>();
		String cleanTitle = FreeText.required(title, "称号", 50, problems);
		String cleanName = FreeText.required(name, "姓名", 50, problems);
		String cleanSource = FreeText.required(source, "评选依据（文件或公布名单）", 200, problems);
		String cleanStory = FreeText.clean(story);
		if (cleanStory.length() > 2000 || FreeText.hasControl(story)) {
			problems.add("事迹不能超过 2000 字");
		}
		if (year == null || year < 1949 || year > clock.today().getYear()) {
			problems.add("评选年度须在 1949 年至今年之间");
		}
		String cleanRegion = FreeText.clean(region);
		if (!cleanRegion.matches("\\d{2}|\\d{4}|\\d{6}") || !by.covers(cleanRegion)
				|| directory.region(RegionCode.of(cleanRegion)).isEmpty()) {
			problems.add("所在地区须为您数据范围内的省、州（市）或县（市、区）");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long id = jdbc.sql("""
				insert into publicity.exemplar (title, name, region_code, year, source, story, recorded_by, recorded_at)
				values (:title, :name, :region, :year, :source, :story, :by, :at) returning id""")
			.param("title", cleanTitle).param("name", cleanName).param("region", cleanRegion).param("year", year)
			.param("source", cleanSource).param("story", cleanStory).param("by", by.getUsername())
			.param("at", OffsetDateTime.now(clock.clock())).query(Long.class).single();
		audit.record(by, "PUBLICITY_EXEMPLAR_RECORDED", AuditTarget.of("PUBLICITY_EXEMPLAR", id), cleanTitle);
		return id;
	}
}
