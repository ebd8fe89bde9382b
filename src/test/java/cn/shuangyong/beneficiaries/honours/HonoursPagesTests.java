package cn.shuangyong.beneficiaries.honours;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;

import javax.imageio.ImageIO;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.beneficiaries.HonoursPeople;
import cn.shuangyong.beneficiaries.visits.VisitCampaigns;
import cn.shuangyong.beneficiaries.visits.VisitCommands.OpenCampaign;
import cn.shuangyong.privacy.FieldCipher;
import cn.shuangyong.privacy.LookupHash;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The honours pages and API: they render, keep to the data scope (404 outside, 403 without the right), check photos. */
@PlatformTest
class HonoursPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VisitCampaigns campaigns;

	@Autowired
	FieldCipher cipher;

	@Autowired
	LookupHash hash;

	@Test
	void pagesRenderForStaffInScope() throws Exception {
		HonoursPeople people = new HonoursPeople(jdbc, cipher, hash);
		long household = people.household("532302101001", demo.unitId(Demo.LUFENG_VILLAGE_STATION));
		people.person(household, "页面测试", "VETERAN");
		long campaign = campaigns.open(new OpenCampaign("SPRING_FESTIVAL", 2013, null, List.of("VETERAN"), null, null,
				null, null, BigDecimal.TEN, "春联"), demo.signedIn("lufeng"));
		campaigns.drawTargets(campaign, demo.signedIn("lufeng"));
		for (String path : new String[] { "/beneficiaries/plaques", "/beneficiaries/plaques/applications",
				"/beneficiaries/merit", "/beneficiaries/campaigns", "/beneficiaries/campaigns/" + campaign,
				"/beneficiaries/campaigns/" + campaign + "/outstanding", "/beneficiaries/coverage",
				"/beneficiaries/coverage?region=532302", "/beneficiaries/plaques/households/" + household }) {
			perform("lufeng", get(path)).andExpect(status().isOk());
		}
		perform("chuxiong", get("/beneficiaries/coverage").param("region", "5323")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("毫秒"))));
		perform("lufeng", get("/beneficiaries/campaigns/" + campaign + "/outstanding"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("单位为元，只填数字")));
		perform("chuxiong", get("/beneficiaries/merit")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("三等功喜报暂由县级送达")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("待核实"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("演示军人"))));
		perform("yunnan", get("/beneficiaries/coverage")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/maps/yunnan.json")));
		perform("lufeng", get("/beneficiaries/plaques/households/" + household))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("页面测试")));
		perform("chuxiong", get("/api/v1/beneficiaries/coverage").param("region", "5323")).andExpect(status().isOk())
			.andExpect(jsonPath("$.plaqueCoverage.eligibleHouseholds").isNumber())
			.andExpect(jsonPath("$.parts[?(@.region == '532302')]").exists());
	}

	@Test
	void aPlaceGoesUpToTheRegionJustAboveIt() throws Exception {
		perform("chuxiong", get("/beneficiaries/coverage").param("region", "532302101"))
			.andExpect(status().isOk()).andExpect(model().attribute("parent", "532302"));
		perform("chuxiong", get("/beneficiaries/coverage").param("region", "532302"))
			.andExpect(model().attribute("parent", "5323"));
		perform("chuxiong", get("/beneficiaries/coverage").param("region", "5323"))
			.andExpect(model().attribute("parent", (Object) null)).andExpect(model().attribute("partsOpen", false));
		perform("yunnan", get("/beneficiaries/coverage")).andExpect(model().attribute("partsOpen", true));
		perform("chuxiong", get("/api/v1/beneficiaries/coverage").param("region", "532302"))
			.andExpect(jsonPath("$.parts").isEmpty());
	}

	@Test
	void scopeAnswers404OutsideAnd403WithoutTheRight() throws Exception {
		HonoursPeople people = new HonoursPeople(jdbc, cipher, hash);
		long chuxiong = people.household("532301101001", null);
		people.person(chuxiong, "楚雄户", "VETERAN");
		perform("lufeng", get("/beneficiaries/plaques/households/" + chuxiong)).andExpect(status().isNotFound());
		perform("chuxiong", get("/beneficiaries/plaques/households/" + chuxiong)).andExpect(status().isOk());
		perform("xuanchuan", get("/beneficiaries/plaques/households/" + chuxiong)).andExpect(status().isForbidden());
		perform("xuanchuan", get("/beneficiaries/plaques")).andExpect(status().isForbidden());
		perform("lufeng", get("/api/v1/beneficiaries/coverage").param("region", "5301")).andExpect(status().isNotFound());
		perform("zhan", get("/beneficiaries/coverage").param("region", "5323")).andExpect(status().isNotFound());
	}

	@Test
	void aHouseholdIsChosenByItsHeadsNameWithTheMaskedIdWithinTheScope() throws Exception {
		HonoursPeople people = new HonoursPeople(jdbc, cipher, hash);
		long lufeng = headed(people, "532302101001", "选户甲");
		long chuxiong = headed(people, "532301101001", "选户乙");
		String masked = jdbc.sql("select id_masked from beneficiaries.person where name = '选户甲'").query(String.class).single();

		perform("lufeng", get("/beneficiaries/merit")).andExpect(content().string(containsString("id=\"householdQuery\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("inputmode=\"numeric\" required"))));
		perform("lufeng", get("/beneficiaries/plaques/applications"))
			.andExpect(content().string(containsString("id=\"householdQuery\"")));
		perform("lufeng", post("/beneficiaries/household-picker/matches").param("householdQuery", "选户"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("户主 选户甲（" + masked + "）")))
			.andExpect(content().string(containsString("householdId=" + lufeng)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("选户乙"))));
		perform("lufeng", get("/beneficiaries/household-picker").param("householdId", Long.toString(lufeng)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("value=\"" + lufeng + "\"")))
			.andExpect(content().string(containsString("户主 选户甲")));
		perform("lufeng", get("/beneficiaries/household-picker").param("householdId", Long.toString(chuxiong)))
			.andExpect(status().isNotFound());
		perform("xuanchuan", post("/beneficiaries/household-picker/matches").param("householdQuery", "选户"))
			.andExpect(status().isForbidden());
		perform("xuanchuan", get("/beneficiaries/household-picker")).andExpect(status().isForbidden());
	}

	/** A household whose head is a new person of that name (the test households are otherwise headed by no one). */
	private long headed(HonoursPeople people, String region, String name) {
		long household = people.household(region, null);
		long head = people.person(household, name, "VETERAN");
		jdbc.sql("update beneficiaries.household set head_lookup = (select id_lookup from beneficiaries.person where id = :p) where id = :h")
			.param("p", head).param("h", household).update();
		return household;
	}

	@Test
	void photosAreCheckedByContentAndServedInScopeOnly() throws Exception {
		HonoursPeople people = new HonoursPeople(jdbc, cipher, hash);
		long household = people.household("532302101002", null);
		people.person(household, "照片户", "MILITARY_FAMILY");
		MockMultipartFile fake = new MockMultipartFile("photo", "plaque.jpg", "image/jpeg", "<html>not an image".getBytes());
		perform("lufeng", multipart("/beneficiaries/plaques/households/" + household + "/hang").file(fake)
			.param("hungOn", "2020-07-30").param("hungBy", "钱站长"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problems", List.of("照片须为 JPG 或 PNG 图片（按文件内容判断，而非文件名）")));
		assertThat(jdbc.sql("select count(*) from beneficiaries.plaque where household_id = :h").param("h", household)
			.query(Long.class).single()).isZero();

		MockMultipartFile png = new MockMultipartFile("photo", "../../etc/passwd.png", "text/plain", png());
		perform("lufeng", multipart("/beneficiaries/plaques/households/" + household + "/hang").file(png)
			.param("hungOn", "2020-07-30").param("hungBy", "钱站长"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "honours.saved"));
		String photo = jdbc.sql("select cast(photo_id as varchar) from beneficiaries.plaque where household_id = :h")
			.param("h", household).query(String.class).single();
		perform("chuxiong", get("/beneficiaries/photos/" + photo)).andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
		perform("zhan", get("/beneficiaries/photos/" + photo)).andExpect(status().isNotFound());
	}

	@Test
	void aRevocationFromAPageSomeoneActedOnMeanwhileIsRefusedNamingWhoDidWhat() throws Exception {
		HonoursPeople people = new HonoursPeople(jdbc, cipher, hash);
		long household = people.household("532302101003", null);
		people.person(household, "两页户", "VETERAN");
		String page = "/beneficiaries/plaques/households/" + household;
		perform("lufeng", multipart(page + "/hang").param("hungOn", "2020-07-30").param("hungBy", "钱站长"))
			.andExpect(flash().attribute("notice", "honours.saved"));
		perform("lufeng", get(page)).andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		// two officials had the page open at version 0; the first revokes
		perform("lufeng", post(page + "/revoke").param("version", "0").param("ground", "CRIMINAL_SENTENCE")
			.param("detail", "户主之子被判处有期徒刑").param("revokedOn", "2020-08-01"))
			.andExpect(flash().attribute("notice", "honours.saved"));
		perform("lufeng", post(page + "/revoke").param("version", "0").param("ground", "DISHONEST_DEBTOR")
			.param("detail", "列入失信名单").param("revokedOn", "2020-08-02"))
			.andExpect(redirectedUrl(page)).andExpect(flash().attribute("problems",
					List.of("该户光荣牌已由 lufeng 取消悬挂（2020-08-01），本次取消悬挂未执行；请刷新页面，确认后再操作")));
		assertThat(jdbc.sql("""
				select count(*) from beneficiaries.plaque_event e join beneficiaries.plaque p on p.id = e.plaque_id
				where p.household_id = :h and e.kind = 'REVOKED'""").param("h", household).query(Long.class).single())
			.isOne();
		perform("lufeng", get(page)).andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
	}

	private static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	private ResultActions perform(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.with(csrf()).with(demo.as(user)));
	}
}
