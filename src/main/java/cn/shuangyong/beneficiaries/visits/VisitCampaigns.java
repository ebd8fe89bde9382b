package cn.shuangyong.beneficiaries.visits;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.beneficiaries.CategoryCatalogue;
import cn.shuangyong.beneficiaries.honours.HonoursAccess;
import cn.shuangyong.beneficiaries.matching.RuleCondition;
import cn.shuangyong.beneficiaries.visits.VisitCommands.OpenCampaign;
import cn.shuangyong.calendar.WorkingDayCalendar;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening campaigns and drawing their targets. A campaign belongs to the office that opened it and is seen by the
 * offices above it and the units below it. Drawing evaluates the registry's {@code PersonRule} in one SQL statement
 * ({@link RuleCondition}, as the neighbours' query does), within the campaign's region; drawing again adds people who now match and drops unvisited ones who no longer do, and the
 * campaign's county roll-up is recounted in the same transaction.
 */
@Service
@Transactional
public class VisitCampaigns {

	private static final String VISIBLE = "(c.region_code like :scope or :region like c.region_code || '%')";

	private final JdbcClient jdbc;

	private final CategoryCatalogue catalogue;

	private final WorkingDayCalendar calendar;

	private final AuditTrail audit;

	VisitCampaigns(JdbcClient jdbc, CategoryCatalogue catalogue, WorkingDayCalendar calendar, AuditTrail audit) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.calendar = calendar;
		this.audit = audit;
	}

	public long open(OpenCampaign command, CurrentUser by) {
		String region = command.regionCode() == null || command.regionCode().isBlank() ? by.regionCode()
				: command.regionCode().strip();
		HonoursAccess.requireRead(by, region, "该地区");
		if (!by.can(HonoursAccess.DECIDE)) {
			throw new AccessDeniedException("只有双拥办可以发起走访慰问活动");
		}
		List<String> problems = new ArrayList<>();
		CampaignKind kind = null;
		try {
			kind = CampaignKind.valueOf(command.kind());
		}
		catch (IllegalArgumentException | NullPointerException e) {
			problems.add("请选择节日：八一或春节");
		}
		if (command.year() == null || command.year() < 2000 || command.year() > 2100) {
			problems.add("请填写年度（2000 至 2100）");
		}
		List<String> categories = command.categories() == null ? List.of() : command.categories();
		if (categories.isEmpty()) {
			problems.add("请至少选择一个优抚类别");
		}
		categories.stream().filter(c -> catalogue.byCode(c).isEmpty())
			.forEach(c -> problems.add("优抚类别代码“" + c + "”不存在"));
		checkRange(command.minAge(), command.maxAge(), problems);
		if (command.maxGrade() != null && (command.maxGrade() < 1 || command.maxGrade() > 10)) {
			problems.add("残疾等级上限应为 1 至 10 级");
		}
		String targetRegion = command.targetRegion() == null || command.targetRegion().isBlank() ? region
				: command.targetRegion().strip();
		if (!targetRegion.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}")) {
			problems.add("对象范围的行政区划代码（" + targetRegion + "）应为 2、4、6、9 或 12 位数字");
		}
		else if (!targetRegion.startsWith(region)) {
			problems.add("对象范围的行政区划（" + targetRegion + "）须在本活动地区（" + region + "）之内");
		}
		BigDecimal money = command.moneyStandard();
		if (money == null || money.signum() < 0 || money.compareTo(BigDecimal.valueOf(100_000)) > 0) {
			problems.add("慰问金标准应在 0 至 100000 元之间");
		}
		String goods = command.goodsStandard() == null ? "" : command.goodsStandard().strip();
		if (goods.length() > 200) {
			problems.add("慰问品不能超过 200 字");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String title = command.year() + "年" + kind.label() + "走访慰问";
		try {
			long id = jdbc.sql("""
					insert into beneficiaries.visit_campaign (kind, year, region_code, title, festival_on, visit_by,
					  rule_categories, rule_min_age, rule_max_age, rule_max_grade, rule_region, money_standard,
					  goods_standard, created_by)
					values (:kind, :year, :region, :title, :festival, :by, :categories, :minAge, :maxAge, :maxGrade,
					  :targetRegion, :money, :goods, :user) returning id""")
				.param("kind", kind.name()).param("year", command.year()).param("region", region).param("title", title)
				.param("festival", kind.festivalIn(command.year(), calendar))
				.param("by", kind.visitBy(command.year(), calendar))
				.param("categories", categories.toArray(String[]::new)).param("minAge", command.minAge())
				.param("maxAge", command.maxAge()).param("maxGrade", command.maxGrade())
				.param("targetRegion", targetRegion).param("money", money).param("goods", goods)
				.param("user", by.getUsername()).query(Long.class).single();
			record(id, "VISIT_CAMPAIGN_OPENED", title + "（" + region + "）", by);
			return id;
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("本地区 " + command.year() + " 年" + kind.label() + "走访慰问活动已存在");
		}
	}

	/** Draws (or redraws) the target list; returns the number of targets. */
	public long drawTargets(long campaignId, CurrentUser by) {
		CampaignView campaign = find(campaignId, by);
		if (!by.can(HonoursAccess.DECIDE) || !by.covers(campaign.regionCode())) {
			throw new AccessDeniedException("只有发起活动的双拥办可以生成走访对象名单");
		}
		// the campaign's own region bounds the people drawn, bound as the one scoped-query way binds a scope
		TargetRule rule = campaign.rule();
		RuleCondition matching = RuleCondition.of(rule.on(campaign.festivalOn()), new DataScope(rule.region()),
				catalogue);
		Map<String, Object> params = new java.util.HashMap<>(matching.params());
		params.put("c", campaignId);
		jdbc.sql("""
				delete from beneficiaries.campaign_target t where t.campaign_id = :c and not t.visited
				  and not exists (select 1 from beneficiaries.person p where p.id = t.person_id and\s""" + matching.where()
				+ ")")
			.params(params).update();
		jdbc.sql("""
				insert into beneficiaries.campaign_target (campaign_id, person_id, household_id, region_code,
				  county_code, station_unit_id)
				select :c, p.id, p.household_id, p.region_code, p.county_code, p.station_unit_id
				from beneficiaries.person p where\s""" + matching.where()
				+ " on conflict (campaign_id, person_id) do nothing")
			.params(params).update();
		jdbc.sql("delete from beneficiaries.visit_rollup where campaign_id = :c").param("c", campaignId).update();
		jdbc.sql("""
				insert into beneficiaries.visit_rollup (campaign_id, county_code, targets, visited)
				select campaign_id, county_code, count(*), count(*) filter (where visited)
				from beneficiaries.campaign_target where campaign_id = :c group by campaign_id, county_code""")
			.param("c", campaignId).update();
		jdbc.sql("update beneficiaries.visit_campaign set drawn_at = now() where id = :c").param("c", campaignId)
			.update();
		long count = jdbc.sql("select count(*) from beneficiaries.campaign_target where campaign_id = :c")
			.param("c", campaignId).query(Long.class).single();
		record(campaignId, "VISIT_TARGETS_DRAWN", "生成走访对象 " + count + " 人", by);
		return count;
	}

	@Transactional(readOnly = true)
	public CampaignView find(long id, CurrentUser user) {
		CampaignView campaign = load("c.id = :id and " + VISIBLE, visibility(user, Map.of("id", id))).stream()
			.findFirst().orElseThrow(() -> new NotFoundException("走访慰问活动不存在或不在您的数据范围内"));
		if (!user.can(HonoursAccess.READ)) {
			throw new AccessDeniedException("您的角色不能查看优抚对象信息");
		}
		return campaign;
	}

	@Transactional(readOnly = true)
	public ListPage<CampaignView> visible(CurrentUser user, Paging paging) {
		if (!user.can(HonoursAccess.READ)) {
			throw new AccessDeniedException("您的角色不能查看优抚对象信息");
		}
		Map<String, Object> params = visibility(user, Map.of());
		long total = jdbc.sql("select count(*) from beneficiaries.visit_campaign c where " + VISIBLE).params(params)
			.query(Long.class).single();
		return paging.of(load(VISIBLE + LIST_ORDER + Paging.SQL, paging.bind(params)), total);
	}

	/** The campaign's figures per county, as far as the user's scope reaches. */
	@Transactional(readOnly = true)
	public List<CountyFigures> countyFigures(long campaignId, CurrentUser user) {
		find(campaignId, user);
		return jdbc.sql("""
				select county_code, targets, visited from beneficiaries.visit_rollup
				where campaign_id = :c and (county_code like :scope or :region like county_code || '%')
				order by county_code""")
			.params(visibility(user, Map.of("c", campaignId)))
			.query((rs, i) -> new CountyFigures(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
	}

	private static Map<String, Object> visibility(CurrentUser user, Map<String, Object> params) {
		Map<String, Object> all = new java.util.HashMap<>(params);
		all.put("scope", HonoursAccess.scope(user));
		all.put("region", user.regionCode());
		return all;
	}

	private static final String LIST_ORDER = " order by c.year desc, c.kind, c.id";

	/** The campaigns of a where clause, which brings its own order when it selects more than one. */
	private List<CampaignView> load(String where, Map<String, Object> params) {
		return jdbc.sql("""
				select c.id, c.kind, c.year, c.region_code, c.title, c.festival_on, c.visit_by, c.rule_categories,
				  c.rule_min_age, c.rule_max_age, c.rule_max_grade, c.rule_region, c.money_standard, c.goods_standard,
				  c.drawn_at is not null
				from beneficiaries.visit_campaign c where\s""" + where)
			.params(params)
			.query((rs, i) -> new CampaignView(rs.getLong(1), CampaignKind.valueOf(rs.getString(2)), rs.getInt(3),
					rs.getString(4), rs.getString(5), rs.getObject(6, java.time.LocalDate.class),
					rs.getObject(7, java.time.LocalDate.class),
					new TargetRule(strings(rs.getArray(8)), (Integer) rs.getObject(9), (Integer) rs.getObject(10),
							rs.getObject(11) == null ? null : rs.getInt(11), rs.getString(12)),
					rs.getBigDecimal(13), rs.getString(14), rs.getBoolean(15)))
			.list();
	}

	private static List<String> strings(Array array) throws SQLException {
		return List.of((String[]) array.getArray());
	}

	private static void checkRange(Integer min, Integer max, List<String> problems) {
		if (min != null && (min < 0 || min > 130) || max != null && (max < 0 || max > 130)) {
			problems.add("年龄应在 0 至 130 岁之间");
		}
		else if (min != null && max != null && min > max) {
			problems.add("最小年龄（" + min + "）不能大于最大年龄（" + max + "）");
		}
	}

	private void record(long id, String type, String detail, CurrentUser by) {
		audit.record(by, type, AuditTarget.of("VISIT_CAMPAIGN", id), detail);
	}

	/** A campaign's targets and visits in one county. */
	public record CountyFigures(String countyCode, long targets, long visited) {
	}
}
