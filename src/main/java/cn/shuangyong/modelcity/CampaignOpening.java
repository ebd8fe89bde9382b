package cn.shuangyong.modelcity;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a city's or county's campaign in a round, on the standard published at that moment. The candidate's own
 * office applies (申报), or an office above it opens the campaign for it; the office of the region above reviews.
 * Rounds come every four years (2016, 2020, 2024: 光明网 2020-10-22, see policy-facts §4); the anchor year is
 * configurable.
 */
@Service
@Transactional
public class CampaignOpening {

	private final Directory directory;

	private final Standards standards;

	private final CampaignStore store;

	private final CampaignLog log;

	private final JdbcClient jdbc;

	private final BusinessClock businessClock;

	private final int anchorYear;

	CampaignOpening(Directory directory, Standards standards, CampaignStore store, CampaignLog log, JdbcClient jdbc,
			BusinessClock businessClock, @Value("${shuangyong.modelcity.round-anchor-year:2020}") int anchorYear) {
		this.directory = directory;
		this.standards = standards;
		this.store = store;
		this.log = log;
		this.jdbc = jdbc;
		this.businessClock = businessClock;
		this.anchorYear = anchorYear;
	}

	public static boolean mayOpen(CurrentUser user) {
		return user.can(Permission.PLANS_PUBLISH) && user.can(Permission.WORK_EDIT);
	}

	/** Returns the new campaign's id. */
	public long open(String regionCode, int year, CurrentUser by) {
		if (!mayOpen(by)) {
			throw new AccessDeniedException("只有双拥办可以申报或创建考评");
		}
		RegionCode code;
		try {
			code = RegionCode.of(regionCode);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("候选地区的行政区划代码无效：" + regionCode);
		}
		if (!by.covers(code.value())) {
			throw new NotFoundException("行政区划不存在");
		}
		Region region = directory.region(code).orElseThrow(() -> new NotFoundException("行政区划不存在"));
		if (region.level() != RegionLevel.PREFECTURE && region.level() != RegionLevel.COUNTY) {
			throw new InvalidInputException("双拥模范城（县）的候选只能是州（市）或县（市、区），" + region.name() + "不是");
		}
		if (Math.floorMod(year - anchorYear, 4) != 0 || year > businessClock.today().getYear() + 4) {
			throw new InvalidInputException(year + " 年不是命名年度：双拥模范城（县）每四年命名一次，如 " + anchorYear + "、"
					+ (anchorYear + 4) + " 年");
		}
		if (jdbc.sql("select count(*) from modelcity.campaign where cycle_year = :y and region_code = :r").param("y", year)
			.param("r", code.value()).query(Integer.class).single() > 0) {
			throw new ConflictException(region.name() + "在 " + year + " 年度已有考评");
		}
		Unit candidate = office(code);
		Unit reviewer = office(region.parent());
		Standard standard = standards.current().orElseThrow(() -> new ConflictException("还没有已发布的考评标准"));
		long id = store.insert(year, code.value(), region.name(), candidate.id().value(), reviewer.id().value(),
				standard.id(), businessClock.now());
		log.record(id, "OPENED", year + " 年度，按第 " + standard.versionNo() + " 版考评标准", by);
		return id;
	}

	private Unit office(RegionCode code) {
		String key = code.level() == RegionLevel.PROVINCE ? "yn-office" : "office:" + code.value();
		return directory.catalogueUnit(key)
			.orElseThrow(() -> new ConflictException("目录中没有行政区划 " + code + " 的双拥办，请先在单位目录中添加"));
	}
}
