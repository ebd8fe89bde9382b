package cn.shuangyong.supervision;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.supervision.board.BoardFilter;
import cn.shuangyong.supervision.board.BoardPage;
import cn.shuangyong.supervision.tasklife.ExtensionRequest;
import cn.shuangyong.supervision.board.SupervisionBoard;
import cn.shuangyong.supervision.tasklife.TaskSources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The read model the board and the dashboard read instead of joining the task's units: {@code task.lead_unit_id},
 * the first-named lead, written when a task is opened and right through its life; the colour columns
 * ({@code state}, {@code deadline}, {@code last_report_at}) right after each change, so the board's counts and the
 * dashboard's facts agree with the task as {@link Tasks} shows it; and the board's lead-unit choices, read again
 * once tasks are opened.
 */
@PlatformTest
class TaskLeadReadModelTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TaskSources sources;

	@Autowired
	Demo demo;

	@Autowired
	TaskIssuing issuing;

	@Autowired
	TaskWork work;

	@Autowired
	Extensions extensions;

	@Autowired
	Tasks tasks;

	@Autowired
	SupervisionBoard board;

	@BeforeEach
	void demoHistoryWritten() {
		await().atMost(Duration.ofSeconds(90))
			.until(() -> jdbc.sql("select count(*) from supervision.demo_history").query(Long.class).single() == 2);
	}

	@Test
	void everyOpenedTaskNamesItsFirstLead() {
		long differing = jdbc.sql("""
				select count(*) from supervision.task t where t.lead_unit_id is distinct from (
				  select l.unit_id from supervision.task_unit l where l.task_id = t.id and l.role = 'LEAD'
				  order by l.position limit 1)""").query(Long.class).single();
		assertThat(differing).isZero();
		assertThat(jdbc.sql("select count(*) from supervision.task").query(Long.class).single()).isGreaterThan(200);
	}

	@Test
	void keepsTheFirstLeadAndTheColourRightThroughATasksLife() {
		CurrentUser lufeng = demo.signedIn("lufeng");
		CurrentUser chuxiong = demo.signedIn("chuxiong");
		long lufengOffice = demo.unitId(Demo.LUFENG_OFFICE);
		long cityOffice = demo.unitId(Demo.CHUXIONG_CITY_OFFICE);
		long task = issuing.open(new OpenTask(sources.byCode("MATERIALS").orElseThrow(), 990_001, "读模型测试：报送双拥工作总结",
				List.of(lufengOffice, cityOffice), List.of(), LocalDate.of(2020, 10, 5),
				demo.unitId(Demo.CHUXIONG_OFFICE)));
		Consumer<String> agrees = step -> {
			TaskView view = tasks.byId(task).orElseThrow();
			assertThat(jdbc.sql("select lead_unit_id from supervision.task where id = :t").param("t", task)
				.query(Long.class).single()).as(step).isEqualTo(lufengOffice).isEqualTo(view.leadUnits().get(0).id());
			BoardPage page = board.show(new BoardFilter(null, null, lufengOffice, view.colour(), null, null, 0), chuxiong);
			assertThat(page.tasks()).as(step + ": the board shows it under its colour " + view.colour())
				.extracting(TaskView::id).contains(task);
		};
		agrees.accept("opened");
		assertThat(tasks.byId(task).orElseThrow().colour()).as("due in 5 days, no report yet")
			.isEqualTo(TaskColour.YELLOW);
		work.signFor(task, lufeng);
		agrees.accept("signed for");
		work.report(task, "已完成初稿，正在征求意见", lufeng);
		agrees.accept("reported");
		assertThat(tasks.byId(task).orElseThrow().colour()).as("reported within the warning days")
			.isEqualTo(TaskColour.GREEN);
		work.submit(task, lufeng);
		agrees.accept("submitted");
		work.returnTask(task, "请补充典型事例", chuxiong);
		agrees.accept("returned");
		work.submit(task, lufeng);
		work.signOff(task, chuxiong);
		agrees.accept("signed off");
		work.reopen(task, "数据需更正", chuxiong);
		agrees.accept("reopened");
		ExtensionRequest asked = extensions.request(task, LocalDate.of(2020, 10, 20), "等待统计数据", lufeng);
		extensions.approve(asked.id(), null, chuxiong);
		agrees.accept("extended");
		TaskView extended = tasks.byId(task).orElseThrow();
		work.changeDeadline(task, LocalDate.of(2020, 9, 20), "按省里要求提前", extended.version(), chuxiong);
		agrees.accept("deadline moved");
		assertThat(tasks.byId(task).orElseThrow().colour()).isEqualTo(TaskColour.RED);
		// a second move from a page that showed the task before the first: refused, the first one stays
		assertThatThrownBy(() -> work.changeDeadline(task, LocalDate.of(2020, 12, 1),
				"另一页面上的调整", extended.version(), chuxiong))
			.isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
		assertThatThrownBy(() -> work.changeDeadline(task, LocalDate.of(2020, 12, 1),
				"未给出版本", null, chuxiong))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("版本号");
		assertThat(tasks.byId(task).orElseThrow().deadline()).isEqualTo(LocalDate.of(2020, 9, 20));
	}

	@Test
	void theBoardOffersANewLeadUnitAsSoonAsItsTaskIsOpened() {
		CurrentUser chuxiong = demo.signedIn("chuxiong");
		long station = demo.unitId(Demo.LUFENG_TOWNSHIP_STATION);
		assertThat(board.leadUnits(null, "5323", chuxiong)).extracting(u -> u.id().value()).doesNotContain(station);
		assertThat(board.leadUnits(null, "5323", chuxiong)).as("kept, same answer")
			.extracting(u -> u.id().value()).doesNotContain(station);
		issuing.open(new OpenTask(sources.byCode("MATERIALS").orElseThrow(), 990_002, "读模型测试：报送服务站建设情况", List.of(station),
				List.of(), LocalDate.of(2020, 12, 31), demo.unitId(Demo.CHUXIONG_OFFICE)));
		assertThat(board.leadUnits(null, "5323", chuxiong)).extracting(u -> u.id().value()).contains(station);
	}
}
