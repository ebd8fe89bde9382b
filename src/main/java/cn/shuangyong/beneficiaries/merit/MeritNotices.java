package cn.shuangyong.beneficiaries.merit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.beneficiaries.honours.HonourPhotos;
import cn.shuangyong.beneficiaries.honours.HonoursAccess;
import cn.shuangyong.beneficiaries.honours.HouseholdRef;
import cn.shuangyong.beneficiaries.honours.Households;
import cn.shuangyong.beneficiaries.merit.MeritCommands.RecordCeremony;
import cn.shuangyong.beneficiaries.merit.MeritCommands.RegisterNotice;
import cn.shuangyong.calendar.WorkingDayCalendar;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering merit notices and their delivery. A notice is registered (登记建档) within {@value #REGISTER_WITHIN}
 * working days of its receipt (local practice, 临漳县 2018, policy-facts §2 [S]); a later registration is kept and
 * flagged. The level that must deliver it comes from the rule table.
 */
@Service
@Transactional
public class MeritNotices {

	static final int REGISTER_WITHIN = 2;

	private final JdbcClient jdbc;

	private final Households households;

	private final HonourPhotos photos;

	private final WorkingDayCalendar calendar;

	private final AuditTrail audit;

	private final BusinessClock clock;

	MeritNotices(JdbcClient jdbc, Households households, HonourPhotos photos, WorkingDayCalendar calendar,
			AuditTrail audit, BusinessClock clock) {
		this.jdbc = jdbc;
		this.households = households;
		this.photos = photos;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	public long register(RegisterNotice command, CurrentUser by) {
		if (command.householdId() == null) {
			throw new InvalidInputException("请选择喜报送达的家庭（可按户主姓名查找）");
		}
		HouseholdRef household = households.editable(command.householdId(), by);
		List<String> problems = new ArrayList<>();
		MeritAward award = collect(problems, () -> MeritAward.parse(command.award()));
		SoldierUnit unit = collect(problems, () -> new SoldierUnit(command.soldierUnit()));
		String soldier = command.soldierName() == null ? "" : command.soldierName().strip();
		if (soldier.isEmpty() || soldier.length() > 50) {
			problems.add("请填写立功军人姓名（不超过 50 字）");
		}
		LocalDate today = clock.today();
		if (command.receivedOn() == null) {
			problems.add("请填写喜报收到日期");
		}
		else if (command.receivedOn().isAfter(today)) {
			problems.add("喜报收到日期不能晚于今天（" + today + "）");
		}
		if (command.awardYear() == null || command.awardYear() < 1950 || command.awardYear() > today.getYear()) {
			problems.add("请填写立功年度（1950 至 " + today.getYear() + " 年）");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		DeliveryRule rule = rule(award);
		boolean late = calendar.workingDaysBetween(command.receivedOn(), today) > REGISTER_WITHIN;
		long id = jdbc.sql("""
				insert into beneficiaries.merit_notice (household_id, region_code, county_code, soldier_name,
				  soldier_unit, award, award_year, delivery_level, received_on, registered_on, registered_by, late)
				values (:h, :region, :county, :soldier, :unit, :award, :year, :level, :received, :today, :by, :late)
				returning id""")
			.param("h", household.id()).param("region", household.regionCode()).param("county", household.countyCode())
			.param("soldier", soldier).param("unit", unit.name()).param("award", award.name())
			.param("year", command.awardYear()).param("level", rule.officeLevel())
			.param("received", command.receivedOn()).param("today", today).param("by", by.getUsername())
			.param("late", late).query(Long.class).single();
		record(id, "MERIT_NOTICE_REGISTERED", award.label() + (late ? "，逾期登记" : ""), by);
		return id;
	}

	/**
	 * Records the delivery ceremony. {@code version} is the notice's version the user saw: if someone recorded a
	 * delivery since, nothing changes and the user is told which. The check runs under the row's lock, so of two
	 * requests at once only one records.
	 */
	public void recordCeremony(long id, int version, RecordCeremony command, CurrentUser by) {
		MeritNoticeView notice = find(id, by);
		HonoursAccess.requireEdit(by, notice.regionCode(), "该喜报");
		MeritNoticeView current = locked(id);
		if (current.version() != version && current.deliveredOn() != null) {
			throw new ConflictException("该喜报已由他人登记送达（" + current.deliveredOn() + "，" + current.deliveredBy()
					+ "），本次未更改；请刷新页面，确认后再登记");
		}
		if (current.version() != version) {
			throw new ConflictException("该喜报已被他人修改，本次未更改；请刷新页面，确认后再登记");
		}
		if (current.deliveredOn() != null) {
			throw new ConflictException("该喜报已于 " + current.deliveredOn() + " 送达，不能重复登记");
		}
		List<String> problems = new ArrayList<>();
		if (command.deliveredOn() == null) {
			problems.add("请填写送达日期");
		}
		else if (command.deliveredOn().isAfter(clock.today()) || command.deliveredOn().isBefore(notice.receivedOn())) {
			problems.add("送达日期应在收到喜报之日（" + notice.receivedOn() + "）与今天之间");
		}
		String place = required(command.place(), "送达地点", problems);
		String deliveredBy = required(command.deliveredBy(), "送达人（单位和职务）", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		UUID photo = photos.store(command.photo(), notice.regionCode(), by).orElse(null);
		jdbc.sql("""
				update beneficiaries.merit_notice set delivered_on = :on, ceremony_place = :place,
				  delivered_by = :by, ceremony_photo = :photo, version = version + 1 where id = :id and version = :v""")
			.param("on", command.deliveredOn()).param("place", place).param("by", deliveredBy).param("photo", photo)
			.param("id", id).param("v", version).update();
		record(id, "MERIT_NOTICE_DELIVERED", "送达仪式：" + command.deliveredOn(), by);
	}

	@Transactional(readOnly = true)
	public MeritNoticeView find(long id, CurrentUser user) {
		MeritNoticeView notice = load("id = :id", Map.of("id", id)).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("喜报不存在或不在您的数据范围内"));
		HonoursAccess.requireRead(user, notice.regionCode(), "喜报");
		return notice;
	}

	/** The notice as it is now, locked until the transaction ends. */
	private MeritNoticeView locked(long id) {
		jdbc.sql("select id from beneficiaries.merit_notice where id = :id for update").param("id", id).query(Long.class)
			.single();
		return load("id = :id", Map.of("id", id)).get(0);
	}

	@Transactional(readOnly = true)
	public ListPage<MeritNoticeView> inScope(CurrentUser user, Paging paging) {
		HonoursAccess.requireRead(user, user.regionCode(), "该范围");
		Map<String, Object> params = new java.util.HashMap<>(Map.of("scope", HonoursAccess.scope(user)));
		long total = jdbc.sql("select count(*) from beneficiaries.merit_notice where region_code like :scope")
			.params(params).query(Long.class).single();
		return paging.of(load("region_code like :scope order by id desc" + Paging.SQL, paging.bind(params)), total);
	}

	/** Per county in the user's scope: notices received and delivered. */
	@Transactional(readOnly = true)
	public List<MeritCoverage> coverage(CurrentUser user) {
		HonoursAccess.requireRead(user, user.regionCode(), "该范围");
		return jdbc.sql("""
				select county_code, count(*), count(delivered_on), count(*) filter (where late)
				from beneficiaries.merit_notice where region_code like :scope group by county_code order by county_code""")
			.param("scope", HonoursAccess.scope(user))
			.query((rs, i) -> new MeritCoverage(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
	}

	@Transactional(readOnly = true)
	public List<DeliveryRule> rules() {
		return jdbc.sql("select award, office_level, delivered_by, verified, source from beneficiaries.merit_delivery_rule")
			.query((rs, i) -> new DeliveryRule(MeritAward.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
					rs.getBoolean(4), rs.getString(5)))
			.list().stream().sorted(java.util.Comparator.comparing(DeliveryRule::award)).toList();
	}

	private DeliveryRule rule(MeritAward award) {
		return rules().stream().filter(r -> r.award() == award).findFirst()
			.orElseThrow(() -> new IllegalStateException("送达层级规则缺少 " + award));
	}

	private List<MeritNoticeView> load(String where, Map<String, ?> params) {
		Map<MeritAward, DeliveryRule> rules = rules().stream().collect(Collectors.toMap(DeliveryRule::award, r -> r));
		return jdbc.sql("""
				select id, household_id, region_code, soldier_name, soldier_unit, award, award_year, received_on,
				  registered_on, registered_by, late, delivered_on, ceremony_place, delivered_by, ceremony_photo, version
				from beneficiaries.merit_notice where\s""" + where)
			.params(params)
			.query((rs, i) -> new MeritNoticeView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), MeritAward.valueOf(rs.getString(6)), rs.getInt(7),
					rules.get(MeritAward.valueOf(rs.getString(6))), rs.getObject(8, LocalDate.class),
					rs.getObject(9, LocalDate.class), rs.getString(10), rs.getBoolean(11),
					rs.getObject(12, LocalDate.class), rs.getString(13), rs.getString(14),
					rs.getObject(15, UUID.class), rs.getInt(16)))
			.list();
	}

	private void record(long id, String type, String detail, CurrentUser by) {
		audit.record(by, type, AuditTarget.of("MERIT_NOTICE", id), detail);
	}

	private static <T> T collect(List<String> problems, java.util.function.Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (InvalidInputException e) {
			problems.addAll(e.problems());
			return null;
		}
	}

	private static String required(String value, String field, List<String> problems) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty() || text.length() > 200) {
			problems.add("请填写" + field + "（不超过 200 字）");
		}
		return text;
	}

	public record MeritNoticeView(long id, long householdId, String regionCode, String soldierName, String soldierUnit,
			MeritAward award, int awardYear, DeliveryRule rule, LocalDate receivedOn, LocalDate registeredOn,
			String registeredBy, boolean late, LocalDate deliveredOn, String ceremonyPlace, String deliveredBy,
			UUID ceremonyPhoto, int version) {
	}

	public record MeritCoverage(String countyCode, long received, long delivered, long late) {
	}
}
