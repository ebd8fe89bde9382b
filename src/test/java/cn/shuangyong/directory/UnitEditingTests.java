package cn.shuangyong.directory;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editing the directory: holders of DIRECTORY_EDIT change units, aliases and memberships inside their scope only; the
 * leader changes nothing. (Reading and the edit form itself are covered by the data-scope matrix in accounts.)
 */
@PlatformTest
class UnitEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	PhraseResolver resolver;

	@Test
	void anAliasAddedByACountyHoldsInThatCountyOnly() throws Exception {
		long unit = demo.unitId(Demo.LUFENG_OFFICE);
		perform("lufeng", post("/directory/units/" + unit + "/aliases").param("phrase", "本县双拥办"))
			.andExpect(status().is3xxRedirection());
		assertThat(resolver.resolve("本县双拥办", RegionCode.of("532302"))).hasValueSatisfying(
				r -> assertThat(r.units()).extracting(u -> u.id().value()).containsExactly(unit));
		assertThat(resolver.resolve("本县双拥办", RegionCode.of("5301"))).isEmpty();
	}

	@Test
	void changesNothingOutsideTheScope() throws Exception {
		long kunming = demo.unitId(Demo.KUNMING_OFFICE);
		long chuxiongGroup = group("5323");
		perform("lufeng", post("/directory/units/" + kunming + "/aliases").param("phrase", "越权别名"))
			.andExpect(status().isForbidden());
		perform("lufeng", post("/directory/units/" + kunming + "/memberships").param("groupId", Long.toString(group("532302"))))
			.andExpect(status().isForbidden());
		perform("lufeng", post("/directory/units/" + demo.unitId(Demo.LUFENG_TOWNSHIP_STATION) + "/memberships")
			.param("groupId", Long.toString(chuxiongGroup))).andExpect(status().isForbidden());
		mvc.perform(get("/directory/units/new").param("region", "5301").with(demo.as("lufeng")))
			.andExpect(status().isForbidden());
		perform("lufeng", post("/directory/units/new").param("region", "5301").param("name", "越权新增单位")
			.param("kind", "DEPARTMENT")).andExpect(status().isForbidden());
		assertThat(count("select count(*) from directory.phrase where phrase = '越权别名'")).isZero();
		assertThat(count("select count(*) from directory.unit where name = '越权新增单位'")).isZero();
		assertThat(count("select count(*) from directory.leading_group_member where leading_group_id = "
				+ chuxiongGroup + " and unit_id = " + demo.unitId(Demo.LUFENG_TOWNSHIP_STATION))).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "lingdao", "zhan", "junfenqu", "auditor", "secadmin" })
	void theReadOnlyRolesChangeNothing(String user) throws Exception {
		long unit = demo.unitId(Demo.LUFENG_OFFICE);
		perform(user, post("/directory/units/" + unit + "/aliases").param("phrase", "只读别名" + user))
			.andExpect(status().isForbidden());
		mvc.perform(get("/directory/units/new").param("region", "532302").with(demo.as(user)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/directory/units/" + unit).with(demo.as(user))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"edit-unit\""))));
		assertThat(count("select count(*) from directory.phrase where phrase = '只读别名" + user + "'")).isZero();
	}

	@Test
	void refusesAnEditBasedOnAStaleVersion() throws Exception {
		long unit = demo.unitId(Demo.LUFENG_TOWNSHIP_STATION);
		int version = (int) count("select version from directory.unit where id = " + unit);
		String name = demo.unitName(Demo.LUFENG_TOWNSHIP_STATION);
		save(unit, name, "第一次修改", version).andExpect(status().is3xxRedirection());
		save(unit, name, "基于旧版本的修改", version).andExpect(status().isOk())
			.andExpect(content().string(containsString("已被他人修改")));
		assertThat(jdbc.sql("select address from directory.unit where id = :id").param("id", unit).query(String.class)
			.single()).isEqualTo("第一次修改");
	}

	private ResultActions save(long unit, String name, String address, int version) throws Exception {
		return perform("lufeng", post("/directory/units/" + unit + "/edit").param("name", name)
			.param("kind", "SERVICE_STATION").param("address", address).param("version", Integer.toString(version)));
	}

	private ResultActions perform(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(csrf()).with(demo.as(user)));
	}

	private long group(String region) {
		return jdbc.sql("select id from directory.leading_group where region_code = :r").param("r", region)
			.query(Long.class).single();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
