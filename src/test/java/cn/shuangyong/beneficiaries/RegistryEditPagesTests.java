package cn.shuangyong.beneficiaries;

import java.nio.charset.StandardCharsets;

import cn.shuangyong.AuditRows;
import cn.shuangyong.Demo;
import cn.shuangyong.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages that edit a person and their household: masked values stay masked, blanks keep what is stored, bad input
 * is named and changes nothing, a stale form is refused, the scope and the permission hold.
 */
@RegistryTest
class RegistryEditPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Registry registry;

	@Autowired
	PersonStore people;

	PersonRecord lufengPerson(String name) {
		return registry.register(People.veteran(name, People.LUFENG_VILLAGE), null, demo.signedIn("lufeng")).person();
	}

	/** The edit form as posted: the person's own values, with the given name/value pairs in their place. */
	MockHttpServletRequestBuilder edit(PersonRecord p, String user, String... changed) {
		java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
		form.put("version", Integer.toString(p.version()));
		form.put("name", p.name());
		form.put("category", "退伍军人");
		form.put("regionCode", p.regionCode());
		for (int i = 0; i < changed.length; i += 2) {
			form.put(changed[i], changed[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/beneficiaries/" + p.id() + "/edit").with(demo.as(user)).with(csrf());
		form.forEach(request::param);
		return request;
	}

	String html(MockHttpServletRequestBuilder request, int status) throws Exception {
		return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theFormShowsPersonalValuesMaskedAndBlanksKeepThem() throws Exception {
		PersonRecord p = lufengPerson("沈一");
		String clearId = people.plaintext(p.id(), PersonalField.ID_NUMBER);
		String form = html(get("/beneficiaries/" + p.id() + "/edit").with(demo.as("lufeng")), 200);
		assertThat(form).contains(p.idMasked()).contains("139****4321").doesNotContain(clearId)
			.doesNotContain("13987654321").doesNotContain("6217000010002000305").contains("reveal-PHONE");
		assertThat(html(get("/beneficiaries/" + p.id()).with(demo.as("lufeng")), 200)).contains("/beneficiaries/" + p.id() + "/edit");

		AuditRows audit = AuditRows.from(jdbc);
		mvc.perform(edit(p, "lufeng", "name", "沈一一", "phone", "13800001111", "clear", "BANK_ACCOUNT"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/beneficiaries/" + p.id()))
			.andExpect(flash().attribute("notice", "registryedit.saved"));
		PersonRecord after = registry.person(p.id(), demo.signedIn("lufeng"));
		assertThat(after.name()).isEqualTo("沈一一");
		assertThat(people.plaintext(p.id(), PersonalField.PHONE)).isEqualTo("13800001111");
		assertThat(people.plaintext(p.id(), PersonalField.ID_NUMBER)).as("blank keeps").isEqualTo(clearId);
		assertThat(people.plaintext(p.id(), PersonalField.ADDRESS)).as("blank keeps").isEqualTo("云南省楚雄彝族自治州禄丰市金山镇董户村12号");
		assertThat(after.bankMasked()).as("cleared").isNull();
		assertThat(audit.count("BENEFICIARY_UPDATED")).as("the change is audited").isOne();
	}

	@Test
	void badInputIsNamedInChineseAndChangesNothing() throws Exception {
		PersonRecord p = lufengPerson("沈二");
		String page = html(edit(p, "lufeng", "name", "", "phone", "12345"), 400);
		assertThat(page).contains("姓名").contains("联系电话").contains("id=\"problems\"");
		PersonRecord unchanged = registry.person(p.id(), demo.signedIn("lufeng"));
		assertThat(unchanged).usingRecursiveComparison().isEqualTo(p);
		assertThat(html(edit(p, "lufeng", "regionCode", "530102001"), 400)).contains("行政区划").contains("不在您的数据范围内");
		assertThat(registry.person(p.id(), demo.signedIn("lufeng")).version()).isEqualTo(p.version());
	}

	@Test
	void aStaleFormDoesNotOverwriteAnotherEdit() throws Exception {
		PersonRecord p = lufengPerson("沈三");
		mvc.perform(edit(p, "lufeng", "name", "沈三甲")).andExpect(status().is3xxRedirection());
		String page = html(edit(p, "chuxiong", "name", "沈三乙"), 409);
		assertThat(page).contains("已被他人修改");
		assertThat(registry.person(p.id(), demo.signedIn("lufeng")).name()).isEqualTo("沈三甲");
	}

	@Test
	void aDeathIsRecordedFromThePersonsPageWithItsDateAndABadDateChangesNothing() throws Exception {
		PersonRecord p = lufengPerson("沈死");
		AuditRows audit = AuditRows.from(jdbc);
		assertThat(html(get("/beneficiaries/" + p.id()).with(demo.as("lufeng")), 200)).contains("id=\"death\"")
			.contains("登记死亡");
		mvc.perform(post("/beneficiaries/" + p.id() + "/death").with(demo.as("lufeng")).with(csrf())
			.param("version", Integer.toString(p.version())).param("diedOn", "2020-13-01"))
			.andExpect(redirectedUrl("/beneficiaries/" + p.id()))
			.andExpect(flash().attribute("problems", java.util.List.of("死亡日期“2020-13-01”格式不对，应为 年-月-日，如 2020-09-30")));
		mvc.perform(post("/beneficiaries/" + p.id() + "/remove").with(demo.as("lufeng")).with(csrf())
			.param("version", Integer.toString(p.version())).param("reason", "死亡"))
			.andExpect(redirectedUrl("/beneficiaries/" + p.id()));
		assertThat(registry.person(p.id(), demo.signedIn("lufeng")).version()).isEqualTo(p.version());
		mvc.perform(post("/beneficiaries/" + p.id() + "/death").with(demo.as("lufeng")).with(csrf())
			.param("version", Integer.toString(p.version())).param("diedOn", "2020-09-01"))
			.andExpect(redirectedUrl("/beneficiaries")).andExpect(flash().attribute("notice", "registry.died"));
		assertThat(audit.ofType("BENEFICIARY_DIED")).singleElement().satisfies(row -> {
			assertThat(row.objectId()).isEqualTo(String.valueOf(p.id()));
			assertThat(row.detail()).contains("2020-09-01").doesNotContain("沈死");
		});
	}

	@Test
	void scopeAndPermissionHold() throws Exception {
		PersonRecord p = lufengPerson("沈四");
		String wuhua = demo.newAccount(Role.OFFICE_STAFF, Demo.WUHUA_OFFICE);
		jdbc.sql("update accounts.account set must_change_password = false where id = :id")
			.param("id", demo.accountId(wuhua)).update();
		mvc.perform(get("/beneficiaries/" + p.id() + "/edit").with(demo.as(wuhua))).andExpect(status().isNotFound());
		mvc.perform(edit(p, wuhua, "name", "改")).andExpect(status().isNotFound());
		mvc.perform(post("/beneficiaries/" + p.id() + "/household/leave").with(demo.as(wuhua)).with(csrf())
			.param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(get("/beneficiaries/" + p.id() + "/edit").with(demo.as("lingdao"))).andExpect(status().isForbidden());
		mvc.perform(edit(p, "lingdao", "name", "改")).andExpect(status().isForbidden());
		mvc.perform(post("/beneficiaries/" + p.id() + "/household/head").with(demo.as("lingdao")).with(csrf())
			.param("head", Long.toString(p.id()))).andExpect(status().isForbidden());
		assertThat(registry.person(p.id(), demo.signedIn("lufeng")).name()).isEqualTo("沈四");
	}

	@Test
	void joinLeaveAndChangeHead() throws Exception {
		PersonRecord head = lufengPerson("沈五");
		PersonRecord other = lufengPerson("沈六");
		mvc.perform(post("/beneficiaries/" + other.id() + "/household/join").with(demo.as("lufeng")).with(csrf())
			.param("version", Integer.toString(other.version())).param("household", "九九"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problems",
					java.util.List.of("户号：请填写要加入的户的编号（数字），现为“九九”")));
		mvc.perform(post("/beneficiaries/" + other.id() + "/household/join").with(demo.as("lufeng")).with(csrf())
			.param("version", Integer.toString(other.version())).param("household", "999999999"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problems",
					java.util.List.of("户号：第 999999999 户不存在或不在您的数据范围内")));
		mvc.perform(post("/beneficiaries/" + other.id() + "/household/join").with(demo.as("lufeng")).with(csrf())
			.param("version", Integer.toString(other.version())))
			.andExpect(flash().attribute("problems", java.util.List.of("户：请按户主姓名查找并选择要加入的户")));
		// the edit page chooses the household by its head's name and sends the chosen household's id
		mvc.perform(get("/beneficiaries/" + other.id() + "/edit").with(demo.as("lufeng")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("id=\"householdQuery\"")));
		mvc.perform(post("/beneficiaries/" + other.id() + "/household/join").with(demo.as("lufeng")).with(csrf())
			.param("version", Integer.toString(other.version())).param("householdId", Long.toString(head.householdId())))
			.andExpect(redirectedUrl("/beneficiaries/" + other.id() + "/edit"))
			.andExpect(flash().attribute("notice", "registryedit.joined"));
		var lufeng = demo.signedIn("lufeng");
		assertThat(registry.household(head.householdId(), lufeng).members()).extracting(PersonRecord::id)
			.containsExactly(head.id(), other.id());

		mvc.perform(post("/beneficiaries/" + other.id() + "/household/head").with(demo.as("lufeng")).with(csrf())
			.param("head", Long.toString(head.id()))).andExpect(flash().attribute("notice", "registryedit.headChanged"));
		assertThat(registry.person(other.id(), lufeng).householdHead()).isTrue();
		assertThat(registry.person(head.id(), lufeng).householdHead()).isFalse();
		// a second official, whose page still showed 沈五 as head, asks to make 沈五 head: told, nothing changes
		mvc.perform(post("/beneficiaries/" + head.id() + "/household/head").with(demo.as("lufeng")).with(csrf())
			.param("head", Long.toString(head.id()))).andExpect(flash().attribute("problems",
					java.util.List.of("户主已由他人改为“沈六”，本次未更改；请刷新页面，确认后再设")));
		assertThat(registry.person(other.id(), lufeng).householdHead()).isTrue();

		PersonRecord former = registry.person(head.id(), lufeng);
		mvc.perform(post("/beneficiaries/" + head.id() + "/household/leave").with(demo.as("lufeng")).with(csrf())
			.param("version", Integer.toString(former.version())))
			.andExpect(flash().attribute("notice", "registryedit.left"));
		PersonRecord alone = registry.person(head.id(), lufeng);
		assertThat(alone.householdId()).isNotEqualTo(head.householdId());
		assertThat(alone.householdHead()).isTrue();
		mvc.perform(post("/beneficiaries/" + head.id() + "/household/leave").with(demo.as("lufeng")).with(csrf())
			.param("version", Integer.toString(former.version())))
			.andExpect(flash().attributeExists("problems"));
	}

	@Test
	void aRegionIsPickedLevelByLevelOrFoundByNameOrCodeWithinTheScope() throws Exception {
		String form = html(get("/beneficiaries/new").with(demo.as("lufeng")), 200);
		assertThat(form).contains("id=\"regionCode-picker\"").contains("金山镇").doesNotContain("maxlength=\"12\"");

		String opened = html(get("/directory/region-picker").with(demo.as("lufeng")).param("field", "regionCode")
			.param("regionPick", People.LUFENG_VILLAGE), 200);
		assertThat(opened).contains("value=\"" + People.LUFENG_VILLAGE + "\"").contains("禄丰市 金山镇 董户村社区居民委员会")
			.contains("<option value=\"532302101\" selected=\"selected\">金山镇</option>");
		html(get("/directory/region-picker").with(demo.as("lufeng")).param("field", "regionCode")
			.param("regionPick", People.CHUXIONG_CITY_TOWNSHIP), 404);

		String byName = html(get("/directory/region-picker/matches").with(demo.as("lufeng")).param("field", "regionCode")
			.param("regionQuery", "金山"), 200);
		assertThat(byName).contains("楚雄彝族自治州 禄丰市 金山镇").contains("regionPick=532302101");
		assertThat(html(get("/directory/region-picker/matches").with(demo.as("lufeng")).param("field", "regionCode")
			.param("regionQuery", "5323021010"), 200)).contains(People.LUFENG_VILLAGE).doesNotContain("532301");
		assertThat(html(get("/directory/region-picker/matches").with(demo.as("lufeng")).param("field", "regionCode")
			.param("regionQuery", "鹿城"), 200)).doesNotContain(People.CHUXIONG_CITY_TOWNSHIP).contains("没有名称或代码含“鹿城”");
	}
}
