package cn.shuangyong.supervision;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/** The tasks of the demo plan (云拥办〔2020〕1号) by item number, once the publishing listener has opened them. */
public final class DemoTasks {

	private static final String TASKS_OF_ITEM = """
			from supervision.task t join plans.work_plan p on p.id = t.plan_id
			where p.doc_number = '云拥办〔2020〕1号' and t.item_no = :no""";

	private DemoTasks() {
	}

	/** The first task of the item. */
	public static long ofItem(JdbcClient jdbc, String no) {
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) " + TASKS_OF_ITEM).param("no", no)
			.query(Long.class).single() > 0);
		return jdbc.sql("select min(t.id) " + TASKS_OF_ITEM).param("no", no).query(Long.class).single();
	}
}
