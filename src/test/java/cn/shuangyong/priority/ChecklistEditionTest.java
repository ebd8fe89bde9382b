package cn.shuangyong.priority;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistEditionTest {

	private static final ChecklistEdition RAIL_2020 = edition(1, Sector.RAILWAY, "2020-01-01");

	private static final ChecklistEdition RAIL_2021 = edition(2, Sector.RAILWAY, "2021-08-01");

	private static final ChecklistEdition RAIL_2024 = edition(3, Sector.RAILWAY, "2024-10-01");

	private static final ChecklistEdition HOSPITAL_2020 = edition(4, Sector.HOSPITAL, "2020-01-01");

	private static final List<ChecklistEdition> EDITIONS = List.of(RAIL_2024, HOSPITAL_2020, RAIL_2020, RAIL_2021);

	@Test
	void aCampaignIsJudgedByTheEditionInForceOnItsFirstDay() {
		assertThat(ChecklistEdition.inForce(EDITIONS, Sector.RAILWAY, LocalDate.of(2020, 6, 1))).contains(RAIL_2020);
		assertThat(ChecklistEdition.inForce(EDITIONS, Sector.RAILWAY, LocalDate.of(2021, 7, 31))).contains(RAIL_2020);
		assertThat(ChecklistEdition.inForce(EDITIONS, Sector.RAILWAY, LocalDate.of(2021, 8, 1))).contains(RAIL_2021);
		assertThat(ChecklistEdition.inForce(EDITIONS, Sector.RAILWAY, LocalDate.of(2025, 3, 1))).contains(RAIL_2024);
	}

	@Test
	void aSectorWhoseRulesDidNotChangeKeepsItsEarlierEdition() {
		assertThat(ChecklistEdition.inForce(EDITIONS, Sector.HOSPITAL, LocalDate.of(2025, 3, 1))).contains(HOSPITAL_2020);
	}

	@Test
	void thereIsNoEditionBeforeTheFirstNorForASectorWithoutOne() {
		assertThat(ChecklistEdition.inForce(EDITIONS, Sector.RAILWAY, LocalDate.of(2019, 12, 31))).isEmpty();
		assertThat(ChecklistEdition.inForce(EDITIONS, Sector.TELECOM, LocalDate.of(2021, 1, 1))).isEmpty();
	}

	@Test
	void anItemWithoutAClauseCitesTheNoteThatSaysSo() {
		ChecklistItem unverified = new ChecklistItem(1, 1, "为军人提供优先办理电信业务的服务", null, "现有资料未给出条款依据", false);
		ChecklistItem cited = new ChecklistItem(2, 2, "军人优先购票", "《军人抚恤优待条例》（2019）第三十六条", null, true);
		assertThat(unverified.citation()).isEqualTo("现有资料未给出条款依据");
		assertThat(cited.citation()).isEqualTo("《军人抚恤优待条例》（2019）第三十六条");
		assertThat(new ChecklistEdition(9, Sector.TELECOM, 1, LocalDate.of(2020, 1, 1), "依据", List.of(unverified, cited))
			.unverifiedItems()).isOne();
	}

	private static ChecklistEdition edition(long id, Sector sector, String from) {
		return new ChecklistEdition(id, sector, (int) id, LocalDate.parse(from), "依据", List.of());
	}
}
