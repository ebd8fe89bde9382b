import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark data at provincial scale, for a fresh demo database only: every prefecture and county office gets a plan
 * forwarding the one above it (16 prefecture plans forward 云拥办〔2020〕1号, 129 county plans forward their
 * prefecture's), with items led by the office itself or, one task each, by the offices or service stations below it;
 * about 5,000 tasks and 50,000 progress reports in all, with timelines to the demo business date 2020-09-30.
 * Every generated plan's document number starts with 压测, so the data can never pass for real plans.
 *
 * Run: java -cp postgresql.jar bench/ProvincialScale.java jdbc:postgresql://localhost:PORT/shuangyong
 */
public class ProvincialScale {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final LocalDate ISSUED = LocalDate.of(2020, 3, 20);

	static final LocalDate AS_OF = LocalDate.of(2020, 9, 30);

	static final String[] SECTIONS = { "一、深入开展双拥宣传教育", "二、全力支持驻军部队建设", "三、全面提升双拥工作成效" };

	static final String[] TEXTS = { "组织开展“军民携手奋进”主题宣传教育，在本地媒体开设双拥专栏", "开展八一、春节走访慰问驻军部队和优抚对象",
			"落实军地互提需求、互办实事“双清单”", "推进驻军部队周边环境整治和美丽军营创建", "按“五有”标准建设退役军人服务站",
			"做好随军家属就业安置和军人子女入学入园优待", "统一悬挂光荣牌，送立功喜报", "开展退役军人矛盾问题攻坚化解",
			"组织双拥模范城（县）创建自查", "开展“送法进军营”和军人依法优先督查", "深化“双拥在基层”活动，培育特色亮点",
			"加强军供保障和拥军支前应急演练" };

	static final String[] REPORTS = { "已召开专题会议研究部署，明确责任分工和完成时限。", "已完成阶段性任务，组织活动 %d 次，参与群众 %d 人次。",
			"已走访慰问 %d 户，发放慰问金和物资折合 %d 万元。", "已梳理问题清单 %d 项，办结 %d 项，其余纳入台账跟踪。",
			"已建成服务站 %d 个，落实工作经费 %d 万元。", "配合单位已按分工报送材料 %d 份，数据已汇总核对。" };

	final Connection db;

	final Random random = new Random(20200930);

	int tasks;

	int reports;

	ProvincialScale(Connection db) {
		this.db = db;
	}

	public static void main(String[] args) throws Exception {
		try (Connection db = DriverManager.getConnection(args[0], "postgres", "")) {
			db.setAutoCommit(false);
			new ProvincialScale(db).run();
		}
	}

	void run() throws SQLException {
		long province = one("select id from plans.work_plan where doc_number = '云拥办〔2020〕1号'");
		if (one("select count(*) from plans.work_plan where doc_number like '压测%'") > 0) {
			System.out.println("压测数据已存在，未重复生成");
			return;
		}
		Map<String, Long> prefecturePlans = new LinkedHashMap<>();
		for (String prefecture : codes("select code from directory.region where parent_code = '53' order by code")) {
			Long existing = oneOrNull("select id from plans.work_plan where region_code = '" + prefecture
					+ "' and parent_plan_id = " + province);
			prefecturePlans.put(prefecture, existing != null ? existing : plan(prefecture, province, 4));
		}
		for (String county : codes("select code from directory.region where level = 'COUNTY' and code like '53%' order by code")) {
			plan(county, prefecturePlans.get(county.substring(0, 4)), 3);
		}
		db.commit();
		try (var s = db.createStatement()) {
			s.execute("analyze");
		}
		// the connection does not commit by itself: an uncommitted analyze leaves the tables without statistics (and
		// resets the counts autovacuum goes by), so the planner would guess at every query of the run
		db.commit();
		System.out.printf("已生成 %d 个转发要点：任务 %d 项，进展报告 %d 条%n", prefecturePlans.size() + 129, tasks, reports);
	}

	/** A forwarded plan of the office of this region; {@code each} items are led, one task each, by the units below. */
	long plan(String region, long parent, int each) throws SQLException {
		long office = one("select id from directory.unit where kind = 'OFFICE' and region_code = '" + region + "'");
		String name = codes("select name from directory.region where code = '" + region + "'").get(0);
		long planId = insert("""
				insert into plans.work_plan (title, year, issuer_unit_id, region_code, document_id, doc_number, issuer,
				  parent_plan_id, issued_on, published_at, published_by)
				values (?, 2020, ?, ?, ?, ?, ?, ?, ?, now(), 'bench') returning id""",
				"2020年" + name + "双拥工作要点（压测数据）", office, region, 800_000_000L + Long.parseLong(region),
				"压测〔2020〕" + region + "号", name + "双拥工作领导小组办公室", parent, Date.valueOf(ISSUED));
		List<Long> below = ids(region.length() == 4
				? "select id from directory.unit where kind = 'OFFICE' and region_code like '" + region + "__' order by region_code"
				: "select id from directory.unit where kind = 'SERVICE_STATION' and length(region_code) = 9 and region_code like '"
						+ region + "%' order by region_code limit 8");
		List<Long> cooperators = ids("select id from directory.unit where kind in ('MILITARY', 'SERVICE_CENTRE') and region_code = '"
				+ region + "' order by id");
		int position = 0;
		for (int s = 0; s < SECTIONS.length; s++) {
			long section = insert("insert into plans.section (plan_id, position, title) values (?, ?, ?) returning id",
					planId, s, SECTIONS[s]);
			for (int i = 0; i < 4; i++, position++) {
				String text = TEXTS[(position + region.hashCode() & 0x7fffffff) % TEXTS.length];
				boolean eachBelow = position < each && !below.isEmpty();
				long item = insert("""
						insert into plans.work_item (plan_id, section_id, position, item_no, text, origin, lead_mode, time_nodes)
						values (?, ?, ?, ?, ?, 'POINT', ?, null) returning id""",
						planId, section, position, Integer.toString(position + 1), text, eachBelow ? "EACH" : "SINGLE");
				for (long lead : eachBelow ? below : List.of(office)) {
					task(planId, item, position + 1, text, lead, office, region, cooperators);
				}
			}
		}
		return planId;
	}

	void task(long plan, long item, int no, String title, long lead, long issuer, String issuerRegion,
			List<Long> cooperators) throws SQLException {
		String region = codes("select region_code from directory.unit where id = " + lead).get(0);
		LocalDate deadline = switch (random.nextInt(4)) {
			case 0 -> LocalDate.of(2020, 6, 30);
			case 1 -> LocalDate.of(2020, 9, 15);
			default -> LocalDate.of(2020, 12, 31);
		};
		long task = insert("""
				insert into supervision.task (plan_id, item_id, item_no, source_id, title, region_code, issuer_unit_id,
				  issuer_region, deadline, created_at, lead_unit_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
				plan, item, Integer.toString(no), item, title, region, issuer, issuerRegion, Date.valueOf(deadline),
				at(ISSUED, 9), lead);
		List<Object[]> units = new ArrayList<>();
		units.add(new Object[] { task, lead, "LEAD", 0 });
		for (int c = 0; c < cooperators.size(); c++) {
			units.add(new Object[] { task, cooperators.get(c), "COOPERATING", c + 1 });
		}
		batch("insert into supervision.task_unit (task_id, unit_id, role, position) values (?, ?, ?, ?)", units);
		tasks++;
		life(task, lead, issuer, cooperators, deadline);
	}

	/** Signed for, about ten reports, and for most tasks due by now a submit and a sign-off, on time or late. */
	void life(long task, long lead, long issuer, List<Long> cooperators, LocalDate deadline) throws SQLException {
		List<Object[]> events = new ArrayList<>();
		List<Object[]> texts = new ArrayList<>();
		LocalDate day = ISSUED.plusDays(2 + random.nextInt(10));
		events.add(event(task, "SIGN_FOR", lead, day, null));
		int count = 7 + random.nextInt(9);
		LocalDate end = deadline.isBefore(AS_OF) ? deadline.plusDays(random.nextInt(20)) : AS_OF.minusDays(random.nextInt(10));
		long step = Math.max(1, (end.toEpochDay() - day.toEpochDay()) / count);
		Timestamp lastReport = null;
		for (int r = 0; r < count; r++) {
			day = day.plusDays(1 + random.nextInt((int) step));
			if (day.isAfter(AS_OF)) {
				break;
			}
			long by = !cooperators.isEmpty() && random.nextInt(4) == 0 ? cooperators.get(random.nextInt(cooperators.size())) : lead;
			lastReport = at(day, 10 + r % 6);
			texts.add(new Object[] { task, by, "bench", String.format(REPORTS[random.nextInt(REPORTS.length)],
					2 + random.nextInt(20), 10 + random.nextInt(500)), lastReport });
			events.add(event(task, "REPORT", by, day, null));
		}
		String state = texts.isEmpty() ? "SIGNED_FOR" : "IN_PROGRESS";
		LocalDate signedOff = null;
		Timestamp submitted = null;
		if (!texts.isEmpty() && (deadline.isBefore(AS_OF) ? random.nextInt(10) < 8 : random.nextInt(10) < 2)) {
			LocalDate submit = day.plusDays(1);
			LocalDate off = submit.plusDays(1 + random.nextInt(5));
			if (!off.isAfter(AS_OF)) {
				submitted = at(submit, 15);
				events.add(event(task, "SUBMIT", lead, submit, null));
				events.add(event(task, "SIGN_OFF", issuer, off, null));
				state = "SIGNED_OFF";
				signedOff = off;
			}
		}
		batch("insert into supervision.progress_report (task_id, unit_id, author, text, created_at) values (?, ?, ?, ?, ?)", texts);
		batch("insert into supervision.task_event (task_id, kind, actor, unit_id, detail, at) values (?, ?, 'bench', ?, ?, ?)", events);
		reports += texts.size();
		update("""
				update supervision.task set state = ?, signed_for_at = ?, last_report_at = ?, submitted_at = ?, signed_off_on = ?
				where id = ?""", state, events.get(0)[4], lastReport, submitted, signedOff == null ? null : Date.valueOf(signedOff), task);
	}

	Object[] event(long task, String kind, long unit, LocalDate day, String detail) {
		return new Object[] { task, kind, unit, detail, at(day, kind.equals("SIGN_OFF") ? 16 : 11) };
	}

	static Timestamp at(LocalDate day, int hour) {
		return Timestamp.from(LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(CHINA).toInstant());
	}

	long one(String sql) throws SQLException {
		return oneOrNull(sql);
	}

	Long oneOrNull(String sql) throws SQLException {
		try (var s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			return rs.next() ? rs.getLong(1) : null;
		}
	}

	List<String> codes(String sql) throws SQLException {
		List<String> codes = new ArrayList<>();
		try (var s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				codes.add(rs.getString(1));
			}
		}
		return codes;
	}

	List<Long> ids(String sql) throws SQLException {
		return codes(sql).stream().map(Long::valueOf).toList();
	}

	long insert(String sql, Object... values) throws SQLException {
		try (PreparedStatement s = db.prepareStatement(sql)) {
			bind(s, values);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	void update(String sql, Object... values) throws SQLException {
		try (PreparedStatement s = db.prepareStatement(sql)) {
			bind(s, values);
			s.executeUpdate();
		}
	}

	void batch(String sql, List<Object[]> rows) throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		try (PreparedStatement s = db.prepareStatement(sql)) {
			for (Object[] row : rows) {
				bind(s, row);
				s.addBatch();
			}
			s.executeBatch();
		}
	}

	static void bind(PreparedStatement s, Object[] values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			s.setObject(i + 1, values[i]);
		}
	}
}
