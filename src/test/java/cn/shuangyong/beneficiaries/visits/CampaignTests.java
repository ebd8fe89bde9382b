package cn.shuangyong.beneficiaries.visits;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.AuditRows;
import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.beneficiaries.HonoursPeople;
import cn.shuangyong.beneficiaries.visits.VisitCommands.OpenCampaign;
import cn.shuangyong.beneficiaries.visits.VisitCommands.RecordVisit;
import cn.shuangyong.privacy.FieldCipher;
import cn.shuangyong.privacy.LookupHash;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** VisitCampaigns: targets drawn by rules, each station's outstanding list, visits, and the printable rosters. */
@PlatformTest
class CampaignTests {

	static final String OWN_VILLAGE = "532302101001";

	static final String OTHER_VILLAGE = "532302101002";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	VisitCampaigns campaigns;

	@Autowired
	Visits visits;

	@Autowired
	Rosters rosters;

	@Autowired
	FieldCipher cipher;

	@Autowired
	LookupHash hash;

	HonoursPeople people;

	@BeforeEach
	void mother() {
		people = new HonoursPeople(jdbc, cipher, hash);
	}

	@Test
	void campaignTargetsFollowRules() {
		String village = "532302101003";
		long h = people.household(village, null);
		long old2019 = people.person(h, "老退伍", LocalDate.of(1950, 1, 1), null, "DISCHARGED_SOLDIER_2019");
		long old2024 = people.person(h, "老退役", LocalDate.of(1955, 8, 1), null, "VETERAN");
		long young = people.person(h, "小退伍", LocalDate.of(1990, 1, 1), null, "DEMOBILISED_SOLDIER_2019");
		long family = people.person(h, "军属", LocalDate.of(1940, 1, 1), null, "SERVICE_MEMBER_FAMILY_2019");
		long disabled = people.person(h, "残疾重", LocalDate.of(1970, 1, 1), 3, "DISABLED_SOLDIER_2019");
		long lightly = people.person(h, "残疾轻", LocalDate.of(1970, 1, 1), 8, "DISABLED_SOLDIER_2019");
		long elsewhere = people.person(people.household("532301101001", null), "外地", LocalDate.of(1940, 1, 1), null,
				"VETERAN");
		var lufeng = demo.signedIn("lufeng");
		// 2024 退役军人 aged 65 or more on 八一 2018: finds the 2019 退伍军人 too; born 1955-08-01 is exactly 63, not 65
		long id = campaigns.open(new OpenCampaign("BAYI", 2018, null, List.of("VETERAN"), 65, null, null, village,
				BigDecimal.valueOf(500), "大米一袋"), lufeng);
		campaigns.drawTargets(id, lufeng);
		assertThat(personIds(id)).containsExactly(old2019);

		long graded = campaigns.open(new OpenCampaign("SPRING_FESTIVAL", 2020, null, List.of("DISABLED_SOLDIER"), null,
				null, 4, village, BigDecimal.valueOf(800), ""), lufeng);
		campaigns.drawTargets(graded, lufeng);
		assertThat(personIds(graded)).containsExactly(disabled);
		CampaignView campaign = campaigns.find(graded, lufeng);
		assertThat(campaign.festivalOn()).isEqualTo(LocalDate.of(2020, 1, 25));
		// 除夕 2020-01-24 was already a day off (国办发明电〔2019〕16号)
		assertThat(campaign.visitBy()).isEqualTo(LocalDate.of(2020, 1, 23));

		// redrawing follows the registry: a new match comes in, a changed person leaves
		people.categories(young, "DISABLED_SOLDIER_2019");
		jdbc.sql("update beneficiaries.person set disability_grade = 2 where id = :id").param("id", young).update();
		people.categories(disabled, "VETERAN");
		campaigns.drawTargets(graded, lufeng);
		assertThat(personIds(graded)).containsExactly(young);
		assertThat(personIds(id)).doesNotContain(old2024, family, lightly, elsewhere);

		assertThatThrownBy(() -> campaigns.open(new OpenCampaign("BAYI", 2018, null, List.of("VETERAN"), null, null, null,
				null, BigDecimal.TEN, ""), lufeng)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> campaigns.open(new OpenCampaign("BAYI", 2017, null, List.of(), 70, 60, 11, "5301",
				BigDecimal.valueOf(-1), ""), lufeng))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).problems()).hasSize(5));
		assertThatThrownBy(() -> campaigns.open(new OpenCampaign("BAYI", 2017, null, List.of("VETERAN"), null, null, null,
				null, BigDecimal.TEN, ""), demo.signedIn("zhan"))).isInstanceOf(AccessDeniedException.class);
	}

	/** The whole township's targets on one page: the demo's people there are fewer than a page's maximum. */
	private static final Paging ALL = Paging.of(0, Paging.MAX_SIZE);

	@Test
	void stationSeesOnlyOwnOutstanding() {
		long ownStation = demo.unitId(Demo.LUFENG_VILLAGE_STATION);
		long otherStation = demo.unitId("station:" + OTHER_VILLAGE);
		long own = people.person(people.household(OWN_VILLAGE, ownStation), "本站对象", "VETERAN");
		long other = people.person(people.household(OTHER_VILLAGE, otherStation), "他站对象", "VETERAN");
		var lufeng = demo.signedIn("lufeng");
		long id = campaigns.open(new OpenCampaign("BAYI", 2016, null, List.of("VETERAN"), null, null, null, "532302101",
				BigDecimal.valueOf(300), "慰问信"), lufeng);
		campaigns.drawTargets(id, lufeng);
		var zhan = demo.signedIn("zhan");
		List<TargetView> zhansList = visits.outstanding(id, otherStation, ALL, zhan).content();
		assertThat(zhansList).extracting(TargetView::personId).contains(own).doesNotContain(other);
		assertThat(zhansList).allMatch(t -> t.stationUnitId() == ownStation);
		assertThat(visits.outstanding(id, null, ALL, lufeng).content()).extracting(TargetView::personId).contains(own, other);
		assertThat(visits.outstanding(id, otherStation, ALL, lufeng).content()).extracting(TargetView::personId)
			.contains(other).doesNotContain(own);

		long otherTarget = target(id, other);
		assertThatThrownBy(() -> visits.record(otherTarget, visit(), zhan)).isInstanceOf(NotFoundException.class);
		long ownTarget = target(id, own);
		assertThatThrownBy(() -> visits.record(ownTarget,
				new RecordVisit(LocalDate.of(2020, 10, 2), "", BigDecimal.valueOf(-5), "", null), zhan))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).problems()).hasSize(3));
		long before = visits.outstanding(id, null, Paging.first(), zhan).totalElements();
		visits.record(ownTarget, visit(), zhan);
		var after = visits.outstanding(id, null, new Paging(0, Paging.MAX_SIZE), zhan);
		assertThat(after.totalElements()).isEqualTo(before - 1);
		assertThat(after.content()).noneMatch(t -> t.personId() == own);
		assertThatThrownBy(() -> visits.record(ownTarget, visit(), zhan)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> visits.outstanding(id, null, Paging.first(), demo.signedIn("xuanchuan")))
			.isInstanceOf(AccessDeniedException.class);
		String wuhua = demo.newAccount(cn.shuangyong.accounts.Role.OFFICE_STAFF, Demo.WUHUA_OFFICE);
		assertThatThrownBy(() -> visits.outstanding(id, null, Paging.first(), demo.signedIn(wuhua))).isInstanceOf(NotFoundException.class);
	}

	@Test
	void rostersAreMaskedWatermarkedAndAudited() throws Exception {
		long ownStation = demo.unitId(Demo.LUFENG_VILLAGE_STATION);
		long person = people.person(people.household(OWN_VILLAGE, ownStation), "=HYPERLINK(\"x\")", "MARTYR_FAMILY_2019");
		String fullId = people.idNumberOf(person);
		var lufeng = demo.signedIn("lufeng");
		long id = campaigns.open(new OpenCampaign("SPRING_FESTIVAL", 2016, null, List.of("BEREAVED_FAMILY"), null, null,
				null, OWN_VILLAGE, BigDecimal.valueOf(1000), "食用油一桶、大米一袋"), lufeng);
		campaigns.drawTargets(id, lufeng);
		AuditRows audit = AuditRows.from(jdbc);

		byte[] xlsx = rosters.xlsx(id, RosterKind.MONEY, null, demo.signedIn("zhan"));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = book.getSheetAt(0);
			StringBuilder text = new StringBuilder();
			for (Row row : sheet) {
				row.forEach(cell -> {
					assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
					text.append(cell.getStringCellValue()).append('|');
				});
			}
			assertThat(text).contains("=HYPERLINK(\"x\")", "1000.00", "领取人签名", fullId.substring(0, 6) + "********"
					+ fullId.substring(14)).doesNotContain(fullId);
			assertThat(sheet.getHeader().getCenter()).contains("zhan");
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getRepeatingRows()).isNotNull();
		}
		byte[] pdf = rosters.pdf(id, RosterKind.GOODS, null, lufeng);
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			// a long header folds onto two lines in the PDF, so its words are read without the breaks
			assertThat(text).contains("慰问品发放花名册", "食用油一桶", "lufeng").doesNotContain(fullId);
			assertThat(text.replaceAll("\\s", "")).contains("领取人签名");
		}
		assertThat(audit.ofType("ROSTER_EXPORTED")).extracting(AuditRows.Row::actor).containsExactly("zhan", "lufeng");
		assertThatThrownBy(() -> rosters.xlsx(id, RosterKind.MONEY, null, demo.signedIn("lingdao")))
			.isInstanceOf(AccessDeniedException.class);
	}

	private RecordVisit visit() {
		return new RecordVisit(LocalDate.of(2020, 9, 29), "钱站长、村主任", BigDecimal.valueOf(300), "慰问信", null);
	}

	private List<Long> personIds(long campaignId) {
		return jdbc.sql("select person_id from beneficiaries.campaign_target where campaign_id = :c order by person_id")
			.param("c", campaignId).query(Long.class).list();
	}

	private long target(long campaignId, long personId) {
		return jdbc.sql("select id from beneficiaries.campaign_target where campaign_id = :c and person_id = :p")
			.param("c", campaignId).param("p", personId).query(Long.class).single();
	}
}
