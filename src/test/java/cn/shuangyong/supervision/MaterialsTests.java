package cn.shuangyong.supervision;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.CurrentVersion;
import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.supervision.materials.AskForMaterials;
import cn.shuangyong.supervision.materials.MaterialsKind;
import cn.shuangyong.supervision.materials.MaterialsRequest;
import cn.shuangyong.supervision.materials.MaterialsRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 材料报送: the province asks the prefecture offices for a half-year summary; one task per unit, opened through the
 * public {@link TaskIssuing} way; a unit hands in its file and submits; the office sees who has not and signs off,
 * which other modules hear as {@link TaskSignedOff}.
 */
@PlatformTest
@RecordApplicationEvents
class MaterialsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	MaterialsRequests requests;

	@Autowired
	ApplicationEvents events;

	Calls calls;

	@BeforeEach
	void calls() {
		calls = new Calls(mvc, jdbc);
	}

	@Test
	void materialsRequestOpensOneTaskPerUnit() throws Exception {
		mvc.perform(post("/supervision/materials").with(csrf()).with(demo.as("yunnan"))
			.param("kind", "HALF_YEAR_SUMMARY").param("title", "2020年上半年双拥工作总结").param("dueOn", "2020-10-15")
			.param("allLower", "true").param("unit", Long.toString(calls.unitOf("tuiyi"))))
			.andExpect(redirectedUrlPattern("/supervision/materials/*"));
		long id = jdbc.sql("select max(id) from supervision.materials_request").query(Long.class).single();
		MaterialsRequest request = requests.find(id, demo.signedIn("yunnan"));
		assertThat(request.tasks()).hasSize(17);
		assertThat(request.tasks()).allSatisfy(t -> {
			assertThat(t.sourceKind()).isEqualTo("MATERIALS");
			assertThat(t.sourceId()).isEqualTo(id);
			assertThat(t.planId()).isNull();
			assertThat(t.leadUnits()).hasSize(1);
			assertThat(t.deadline()).isEqualTo(LocalDate.of(2020, 10, 15));
			assertThat(t.title()).isEqualTo("半年总结：2020年上半年双拥工作总结");
		});
		assertThat(request.tasks()).extracting(t -> t.leadUnits().get(0).id())
			.contains(demo.unitId(Demo.CHUXIONG_OFFICE), demo.unitId(Demo.KUNMING_OFFICE), calls.unitOf("tuiyi"))
			.doesNotHaveDuplicates();
		@SuppressWarnings("unchecked")
		List<TaskView> mine = (List<TaskView>) mvc.perform(get("/supervision/my").with(demo.as("chuxiong")))
			.andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("tasks");
		assertThat(mine).extracting(TaskView::title).contains("半年总结：2020年上半年双拥工作总结");
		mvc.perform(get("/supervision/materials/{id}", id).with(demo.as("lufeng"))).andExpect(status().isNotFound());
	}

	@Test
	void aUnitHandsInItsFileAndTheOfficeSeesWhoHasNotAndSignsOff() throws Exception {
		long id = requests.ask(new AskForMaterials(MaterialsKind.ANNUAL_SUMMARY, "2020年双拥工作总结", null,
				LocalDate.of(2020, 12, 20), List.of(demo.unitId(Demo.CHUXIONG_OFFICE), demo.unitId(Demo.KUNMING_OFFICE))),
				demo.signedIn("yunnan"));
		long task = requests.find(id, demo.signedIn("yunnan")).tasks().stream()
			.filter(t -> t.leadUnits().get(0).id() == demo.unitId(Demo.CHUXIONG_OFFICE)).findFirst().orElseThrow().id();
		calls.as("chuxiong", post("/api/v1/tasks/{id}/sign-for", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		calls.as("chuxiong", multipart("/api/v1/tasks/{id}/reports", task).with(CurrentVersion.ofTask(jdbc, task)).file(Files.part("楚雄州2020年双拥工作总结.docx",
				Files.office("word/document.xml")))).andExpect(status().isCreated());
		calls.as("chuxiong", post("/api/v1/tasks/{id}/submit", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		MaterialsRequest request = requests.find(id, demo.signedIn("yunnan"));
		assertThat(request.handedIn()).isEqualTo(1);
		assertThat(request.notHandedIn()).extracting(t -> t.leadUnits().get(0).id())
			.containsExactly(demo.unitId(Demo.KUNMING_OFFICE));
		calls.as("chuxiong", post("/api/v1/tasks/{id}/sign-off", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isForbidden());
		calls.as("yunnan", post("/api/v1/tasks/{id}/sign-off", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk())
			.andExpect(jsonPath("$.sourceKind").value("MATERIALS")).andExpect(jsonPath("$.sourceId").value(id));
		assertThat(events.stream(TaskSignedOff.class))
			.containsExactly(new TaskSignedOff(task, "MATERIALS", id, calls.unitOf("yunnan"), LocalDate.of(2020, 9, 30)));
		assertThat(requests.find(id, demo.signedIn("yunnan")).signedOff()).isEqualTo(1);
	}

	@Test
	void refusesARequestWithoutUnitsOrDateOrForUnitsOutsideTheOfficesReach() {
		var yunnan = demo.signedIn("yunnan");
		assertThatThrownBy(() -> requests.ask(new AskForMaterials(MaterialsKind.STATISTICS_FORM, "", null,
				LocalDate.of(2020, 9, 1), List.of()), yunnan))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
					"请填写标题（不超过 200 字）", "报送截止日期不能早于今天（2020-09-30）", "请至少选择一个报送单位"));
		assertThatThrownBy(() -> requests.ask(new AskForMaterials(MaterialsKind.STATISTICS_FORM, "优抚对象统计表", null,
				LocalDate.of(2020, 11, 1), List.of(demo.unitId(Demo.LUFENG_VILLAGE_STATION))), yunnan))
			.hasMessageContaining("所选单位中有不属于本办可要求报送的单位");
		assertThatThrownBy(() -> requests.ask(new AskForMaterials(MaterialsKind.STATISTICS_FORM, "优抚对象统计表", null,
				LocalDate.of(2020, 11, 1), List.of(demo.unitId(Demo.CHUXIONG_OFFICE))), demo.signedIn("xuanchuan")))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(jdbc.sql("select count(*) from supervision.materials_request where title = '优抚对象统计表'")
			.query(Long.class).single()).isZero();
	}
}
