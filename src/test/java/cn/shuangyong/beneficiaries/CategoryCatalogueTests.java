package cn.shuangyong.beneficiaries;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.shuangyong.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The two sets of 《军人抚恤优待条例》 categories, read from the database, and the words offices write for them. */
@PlatformTest
class CategoryCatalogueTests {

	private static final LocalDate IN_2020 = LocalDate.of(2020, 9, 30);

	private static final LocalDate IN_2025 = LocalDate.of(2025, 1, 2);

	@Autowired
	CategoryCatalogue catalogue;

	@Test
	void the2019SetKeepsDemobilisedAndDischargedApart() {
		assertThat(catalogue.inForceOn(IN_2020)).extracting(Category::label).containsExactly("现役军人",
				"服现役或者退出现役的残疾军人", "复员军人", "退伍军人", "烈士遗属", "因公牺牲军人遗属", "病故军人遗属", "现役军人家属");
	}

	@Test
	void the2024SetHasFive() {
		assertThat(catalogue.inForceOn(IN_2025)).extracting(Category::label).containsExactly("军人",
				"服现役和退出现役的残疾军人", "烈士遗属、因公牺牲军人遗属、病故军人遗属", "军人家属", "退役军人");
		assertThat(catalogue.inForceOn(LocalDate.of(2024, 9, 30))).hasSize(8);
		assertThat(catalogue.inForceOn(LocalDate.of(2024, 10, 1))).hasSize(5);
	}

	@Test
	void readsSeveralCategoriesAndSynonymsInOneCell() {
		var reading = catalogue.read("烈属、军属，复员军人", IN_2020);
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.codes()).containsExactly("MARTYR_FAMILY_2019", "SERVICE_MEMBER_FAMILY_2019",
				"DEMOBILISED_SOLDIER_2019");
		assertThat(catalogue.read("军人家属", IN_2025).codes()).containsExactly("MILITARY_FAMILY");
		assertThat(catalogue.read("现役军人家属", IN_2025).codes()).containsExactly("MILITARY_FAMILY");
		assertThat(catalogue.read("复员军人", IN_2025).codes()).containsExactly("VETERAN");
		assertThat(catalogue.read("烈属", IN_2025).codes()).containsExactly("BEREAVED_FAMILY");
	}

	@Test
	void veteranIsAmbiguousUnderThe2019Set() {
		var reading = catalogue.read("退役军人", IN_2020);
		assertThat(reading.valid()).isFalse();
		assertThat(reading.problems()).singleElement().asString().contains("复员军人和退伍军人");
		assertThat(catalogue.read("退役军人", IN_2025).codes()).containsExactly("VETERAN");
	}

	@Test
	void unknownWordsAndEmptyCellsAreProblems() {
		assertThat(catalogue.read("", IN_2020).problems()).containsExactly("优抚类别为空");
		assertThat(catalogue.read("烈属、邻居", IN_2020).problems()).singleElement().asString().contains("“邻居”");
	}

	@Test
	void olderCategoriesCountAsTheirSuccessors() {
		assertThat(catalogue.countedAs("DISCHARGED_SOLDIER_2019", IN_2025).code()).isEqualTo("VETERAN");
		assertThat(catalogue.countedAs("DEMOBILISED_SOLDIER_2019", IN_2025).code()).isEqualTo("VETERAN");
		assertThat(catalogue.countedAs("DEMOBILISED_SOLDIER_2019", IN_2020).code()).isEqualTo("DEMOBILISED_SOLDIER_2019");
		assertThat(catalogue.named("退役军人")).map(Category::code).contains("VETERAN");
		assertThat(catalogue.named("veteran")).map(Category::code).contains("VETERAN");
	}
}
