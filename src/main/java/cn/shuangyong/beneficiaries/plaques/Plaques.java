package cn.shuangyong.beneficiaries.plaques;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.shuangyong.beneficiaries.honours.HonoursAccess;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading plaques: a household's plaque and its history, and the eligible households that still have none. */
@Service
@Transactional(readOnly = true)
public class Plaques {

	private final JdbcClient jdbc;

	Plaques(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Eligible as the roll-up counts it: a qualifying member, or an approved application. */
	public boolean eligible(long householdId) {
		return jdbc.sql("""
				select exists (select 1 from beneficiaries.person p where p.household_id = :h
				  and p.categories && array(select category_code from beneficiaries.plaque_rule where eligible))
				or exists (select 1 from beneficiaries.plaque_application a where a.household_id = :h and a.state = 'APPROVED')""")
			.param("h", householdId).query(Boolean.class).single();
	}

	public Optional<PlaqueView> plaqueOf(long householdId) {
		return jdbc.sql("""
				select id, state, hung_on, hung_by, photo_id, version from beneficiaries.plaque where household_id = :h""")
			.param("h", householdId)
			.query((rs, i) -> new PlaqueView(rs.getLong(1), PlaqueState.valueOf(rs.getString(2)),
					rs.getObject(3, LocalDate.class), rs.getString(4), rs.getObject(5, UUID.class), rs.getInt(6)))
			.optional();
	}

	public List<PlaqueEventView> events(long plaqueId) {
		return jdbc.sql("""
				select kind, happened_on, done_by, reason, detail, photo_id, recorded_by, recorded_at
				from beneficiaries.plaque_event where plaque_id = :p order by id""")
			.param("p", plaqueId)
			.query((rs, i) -> new PlaqueEventView(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class), rs.getString(7),
					rs.getTimestamp(8).toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDateTime()))
			.list();
	}

	/**
	 * Eligible households in the user's scope with no hung plaque (none yet, or revoked), optionally of one station;
	 * one page, the oldest first.
	 */
	public ListPage<HouseholdWithout> withoutPlaque(CurrentUser user, Long stationUnitId, Paging paging) {
		HonoursAccess.requireRead(user, user.regionCode(), "该范围");
		String from = """
				from beneficiaries.household_honour o join beneficiaries.household h on h.id = o.household_id
				where o.eligible and not o.plaqued and h.region_code like :scope
				  and (cast(:station as bigint) is null or h.station_unit_id = :station)""";
		long total = jdbc.sql("select count(*) " + from).param("scope", HonoursAccess.scope(user))
			.param("station", stationUnitId).query(Long.class).single();
		return paging.of(paging.bind(jdbc.sql("""
				select h.id, h.region_code, h.station_unit_id,
				  (select string_agg(p.name, '、' order by p.id) from beneficiaries.person p where p.household_id = h.id),
				  (select pl.state from beneficiaries.plaque pl where pl.household_id = h.id)
				""" + from + " order by h.id" + Paging.SQL))
			.param("scope", HonoursAccess.scope(user)).param("station", stationUnitId)
			.query((rs, i) -> new HouseholdWithout(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3),
					rs.getString(4), rs.getString(5) == null ? null : PlaqueState.valueOf(rs.getString(5))))
			.list(), total);
	}

	/** Per station in the user's scope: eligible households still without a plaque. */
	public List<StationCount> withoutPlaqueByStation(CurrentUser user) {
		HonoursAccess.requireRead(user, user.regionCode(), "该范围");
		return jdbc.sql("""
				select h.station_unit_id, count(*) from beneficiaries.household_honour o
				join beneficiaries.household h on h.id = o.household_id
				where o.eligible and not o.plaqued and h.region_code like :scope
				group by h.station_unit_id order by count(*) desc""")
			.param("scope", HonoursAccess.scope(user))
			.query((rs, i) -> new StationCount((Long) rs.getObject(1), rs.getLong(2))).list();
	}

	/** @param version what a change names as the plaque the user saw: it moves with every change */
	public record PlaqueView(long id, PlaqueState state, LocalDate hungOn, String hungBy, UUID photoId, int version) {
	}

	public record PlaqueEventView(String kind, LocalDate on, String doneBy, String reason, String detail, UUID photoId,
			String recordedBy, java.time.LocalDateTime recordedAt) {
	}

	public record HouseholdWithout(long householdId, String regionCode, Long stationUnitId, String members,
			PlaqueState plaqueState) {
	}

	public record StationCount(Long stationUnitId, long households) {
	}
}
