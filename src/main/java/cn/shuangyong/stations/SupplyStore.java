package cn.shuangyong.stations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The supply stations and their tasks in the database; every change checks the version it was read at. */
@Repository
class SupplyStore {

	private static final String TASK_COLUMNS = """
			id, station_unit_id, region_code, requesting_unit_id, troop_name, on_date, people, meals, beds, state,
			served_people, served_meals, version""";

	private final JdbcClient jdbc;

	SupplyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void keepStation(long unitId, String region, int meals, int beds, int staff, String location) {
		jdbc.sql("""
				insert into stations.supply_station (unit_id, region_code, meals, beds, staff, location)
				values (:u, :r, :m, :b, :s, :l)
				on conflict (unit_id) do update set meals = excluded.meals, beds = excluded.beds, staff = excluded.staff,
				  location = excluded.location, version = stations.supply_station.version + 1""")
			.param("u", unitId).param("r", region).param("m", meals).param("b", beds).param("s", staff)
			.param("l", location).update();
	}

	Optional<SupplyStation> station(long unitId) {
		return jdbc.sql("select unit_id, region_code, meals, beds, staff, location, version from stations.supply_station"
				+ " where unit_id = :u").param("u", unitId).query(SupplyStore::station).optional();
	}

	List<SupplyStation> stations(DataScope scope) {
		return scope.bind(jdbc.sql("select unit_id, region_code, meals, beds, staff, location, version"
				+ " from stations.supply_station where region_code like :scope order by region_code, unit_id"))
			.query(SupplyStore::station).list();
	}

	/** Meals and beds already booked on a day by the station's open tasks. */
	int[] booked(long stationUnitId, LocalDate on) {
		return jdbc.sql("""
				select coalesce(sum(meals), 0), coalesce(sum(beds), 0) from stations.supply_task
				where station_unit_id = :s and on_date = :d and state in ('REQUESTED', 'ACCEPTED')""")
			.param("s", stationUnitId).param("d", on)
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).single();
	}

	long insertTask(SupplyStation station, long requestingUnitId, String troop, LocalDate on, int people, int meals,
			int beds, OffsetDateTime at) {
		return jdbc.sql("""
				insert into stations.supply_task (station_unit_id, region_code, requesting_unit_id, troop_name, on_date,
				  people, meals, beds, requested_at)
				values (:s, :r, :u, :t, :d, :p, :m, :b, :at) returning id""")
			.param("s", station.unitId()).param("r", station.regionCode()).param("u", requestingUnitId)
			.param("t", troop).param("d", on).param("p", people).param("m", meals).param("b", beds).param("at", at)
			.query(Long.class).single();
	}

	Optional<SupplyTask> task(long id) {
		return jdbc.sql("select " + TASK_COLUMNS + " from stations.supply_task where id = :id").param("id", id)
			.query(SupplyStore::task).optional();
	}

	/** The tasks a unit sees: its station's, those it asked for, or (an office) those of stations in its region. */
	List<SupplyTask> tasksSeenBy(long unitId, String officeRegion) {
		return jdbc.sql("select " + TASK_COLUMNS + """
				 from stations.supply_task
				where station_unit_id = :u or requesting_unit_id = :u or region_code = :office
				order by on_date desc, id desc limit 200""")
			.param("u", unitId).param("office", officeRegion).query(SupplyStore::task).list();
	}

	void accept(long id, int version, OffsetDateTime at) {
		checked(jdbc.sql("""
				update stations.supply_task set state = 'ACCEPTED', accepted_at = :at, version = version + 1
				where id = :id and version = :v and state = 'REQUESTED'""")
			.param("at", at).param("id", id).param("v", version).update());
	}

	void close(long id, int version, int people, int meals, OffsetDateTime at) {
		checked(jdbc.sql("""
				update stations.supply_task set state = 'CLOSED', served_people = :p, served_meals = :m, closed_at = :at,
				  version = version + 1
				where id = :id and version = :v and state = 'ACCEPTED'""")
			.param("p", people).param("m", meals).param("at", at).param("id", id).param("v", version).update());
	}

	/** Each station's figures per year, in scope: counts only, so they may be shown to every reader in scope. */
	List<SupplyFigure> figures(DataScope scope) {
		return scope.bind(jdbc.sql("""
				select station_unit_id, cast(extract(year from on_date) as int), count(*),
				  count(*) filter (where state = 'CLOSED'), coalesce(sum(served_people), 0), coalesce(sum(served_meals), 0),
				  avg(extract(epoch from accepted_at - requested_at) / 3600.0)
				from stations.supply_task where region_code like :scope
				group by station_unit_id, extract(year from on_date) order by 2 desc, 1"""))
			.query((rs, n) -> new SupplyFigure(rs.getLong(1), "", rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6), rs.getObject(7) == null ? null : Math.round(rs.getDouble(7) * 10) / 10.0))
			.list();
	}

	private static void checked(int changed) {
		if (changed == 0) {
			throw new ConflictException("该军供任务已被他人办理或修改，请刷新后重试");
		}
	}

	private static SupplyStation station(ResultSet rs, int n) throws SQLException {
		return new SupplyStation(rs.getLong("unit_id"), "", rs.getString("region_code"), rs.getInt("meals"),
				rs.getInt("beds"), rs.getInt("staff"), rs.getString("location"), rs.getInt("version"));
	}

	private static SupplyTask task(ResultSet rs, int n) throws SQLException {
		return new SupplyTask(rs.getLong("id"), rs.getLong("station_unit_id"), rs.getString("region_code"),
				rs.getLong("requesting_unit_id"), rs.getString("troop_name"), rs.getObject("on_date", LocalDate.class),
				rs.getInt("people"), rs.getInt("meals"), rs.getInt("beds"),
				SupplyTaskState.valueOf(rs.getString("state")), rs.getObject("served_people", Integer.class),
				rs.getObject("served_meals", Integer.class), rs.getInt("version"));
	}
}
