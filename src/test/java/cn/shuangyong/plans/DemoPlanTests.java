package cn.shuangyong.plans;

import java.time.Duration;
import java.util.List;

import cn.shuangyong.PlatformTest;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** On first start in demo mode the seed is published: the provincial plan, 楚雄's forward, and their tasks. */
@PlatformTest
class DemoPlanTests {

	@Autowired
	WorkPlans plans;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	cn.shuangyong.Demo demo;

	private final CurrentUser province = new SystemActor("test", 1, "53", java.util.Set.of(Permission.WORK_READ));

	@Test
	void publishesTheProvincialPlanWithItsThirtyTwoItemsInSixSections() {
		PlanSummary plan = provincialPlan();
		assertThat(plan.docNumber()).isEqualTo("云拥办〔2020〕1号");
		assertThat(plans.sections(plan.id())).hasSize(6).first().isEqualTo("一、深入开展双拥宣传教育");
		List<PlanItem> items = plans.items(plan.id());
		assertThat(items).extracting(PlanItem::no).containsExactlyElementsOf(
				java.util.stream.IntStream.rangeClosed(1, 32).mapToObj(Integer::toString).toList());
		PlanItem first = items.get(0);
		assertThat(first.leads()).extracting(ItemAssignment::unitName).containsExactly("中共云南省委宣传部");
		assertThat(first.cooperators()).extracting(ItemAssignment::unitName)
			.containsExactly("云南省退役军人事务厅", "云南省军区政治工作局");
	}

	@Test
	void chuxiongsForwardReferencesTheProvincialPlanAndCarriesItsSixPoints() {
		PlanSummary forward = plans.visibleTo(province).stream().filter(p -> p.docNumber().equals("楚拥办通〔2020〕1号"))
			.findFirst().orElseThrow();
		assertThat(forward.parentPlanId()).isEqualTo(provincialPlan().id());
		List<PlanItem> points = plans.items(forward.id());
		assertThat(points).hasSize(6).allMatch(p -> p.origin().equals("POINT"));
		assertThat(points.get(0).leads()).extracting(ItemAssignment::unitName)
			.containsExactly("楚雄彝族自治州双拥工作领导小组办公室");
	}

	@Test
	void opensOneTaskPerLeadForEachLeadsAndGroupLeads() {
		PlanSummary plan = provincialPlan();
		long item3 = plans.items(plan.id()).get(2).id();
		long item18 = plans.items(plan.id()).get(17).id();
		await().atMost(Duration.ofSeconds(20)).until(() -> tasksOf(item3) == 2 && tasksOf(item18) > 0);
		// 18: 各级双拥工作领导小组 (single lead phrase naming a group): one task per office, province to county
		assertThat(tasksOf(item18)).isEqualTo(1 + 16 + 129);
		assertThat(jdbc.sql("""
				select count(*) from supervision.task_unit tu join supervision.task t on t.id = tu.task_id
				where t.item_id = :i and tu.role = 'COOPERATING'""").param("i", item3).query(Long.class).single())
			.as("each of item 3's two tasks carries its three cooperating units").isEqualTo(6);
	}

	@Test
	void showsWhatAUnitHelpsWith() {
		Unit hrss = directory.search("省人社厅", 1).get(0);
		assertThat(plans.involvementOf(hrss.id().value(), province))
			.anyMatch(i -> i.itemNo().equals("26") && i.role() == AssignmentRole.COOPERATING);
	}

	@Test
	void sendsTheNoticeToItsRecipientsForSigning() {
		long sentToPrefectureOffices = jdbc.sql("""
				select count(*) from documents.receipt r join documents.document d on d.id = r.document_id
				where d.doc_number = '云拥办〔2020〕1号' and length(r.region_code) = 4""").query(Long.class).single();
		assertThat(sentToPrefectureOffices).isGreaterThanOrEqualTo(16);
	}

	@Test
	void thePlanPageShowsEachItemsDeadlineAndStateAndFoldsALongListOfUnits() throws Exception {
		PlanSummary plan = provincialPlan();
		List<PlanItem> items = plans.items(plan.id());
		long item26 = items.get(25).id();
		await().atMost(Duration.ofSeconds(20)).until(() -> tasksOf(item26) > 0 && tasksOf(items.get(17).id()) > 100);
		String page = page("/plans/{id}", plan.id());
		assertThat(page).contains("/supervision/plans/" + plan.id() + "/item-progress")
			.contains("id=\"item-progress-" + item26 + "\"");
		String item18 = page.substring(page.indexOf("id=\"plan-item-18\""), page.indexOf("id=\"plan-item-19\""));
		assertThat(item18).contains("<details").containsPattern("<summary>共 \\d{3} 个单位：");

		String progress = page("/supervision/plans/{id}/item-progress", plan.id());
		String of26 = progress.substring(progress.indexOf("id=\"item-progress-" + item26 + "\""));
		of26 = of26.substring(0, of26.indexOf("</div>"));
		assertThat(of26).contains("hx-swap-oob").contains("截止日期 2020-07-31").contains("sy-colour-RED");
		assertThat(progress).contains("id=\"item-progress-" + items.get(0).id() + "\"");
	}

	@Test
	void aPrefectureThatForwardedTheProvincesNoticeHasSignedForIt() throws Exception {
		long notice = jdbc.sql("select id from documents.document where doc_number = '云拥办〔2020〕1号'")
			.query(Long.class).single();
		List<Boolean> forwardersSigned = jdbc.sql("""
				select r.signed_at is not null from documents.receipt r
				join documents.document f on f.forwards_id = r.document_id and f.issuer_unit_id = r.unit_id
				where r.document_id = :d""").param("d", notice).query(Boolean.class).list();
		assertThat(forwardersSigned).as("楚雄州 forwarded it, so it received it").isNotEmpty().containsOnly(true);
		String received = page("chuxiong", "/documents/received").replace("&#39;", "'");
		assertThat(received).doesNotContain("/documents/" + notice + "/sign");
	}

	private long tasksOf(long itemId) {
		return jdbc.sql("select count(*) from supervision.task where item_id = :i").param("i", itemId).query(Long.class)
			.single();
	}

	private String page(String path, Object... vars) throws Exception {
		return page("yunnan", path, vars);
	}

	private String page(String user, String path, Object... vars) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path, vars)
			.with(demo.as(user))).andReturn().getResponse().getContentAsString();
	}

	private PlanSummary provincialPlan() {
		return plans.visibleTo(province).stream().filter(p -> p.docNumber().equals("云拥办〔2020〕1号")).findFirst()
			.orElseThrow();
	}
}
