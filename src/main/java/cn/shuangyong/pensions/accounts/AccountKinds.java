package cn.shuangyong.pensions.accounts;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.shuangyong.beneficiaries.Category;
import cn.shuangyong.beneficiaries.CategoryCatalogue;
import cn.shuangyong.beneficiaries.PersonRecord;
import cn.shuangyong.pensions.Entitlement;
import cn.shuangyong.pensions.PensionCategory;
import cn.shuangyong.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Which categories of the registry a kind of pension asks of its person, as the registry's category catalogue (its
 * published API) names them. The kinds are named by the 2019 条例's categories; a person registered under the 2024 条例
 * holds their successor (烈士遗属 → 烈士遗属、因公牺牲军人遗属、病故军人遗属), which the catalogue gives, so either
 * counts. A disability pension asks for 残疾军人; the three survivors' pensions ask for their own category; the living
 * allowances ask for 复员军人 (在乡复员军人), 退伍军人 (带病回乡退伍军人, 农村籍老义务兵) or any former soldier (参战参试退役人员).
 */
@Component
class AccountKinds {

	private static final List<String> DISABLED = List.of("DISABLED_SOLDIER_2019");

	private static final Map<PensionCategory, List<String>> BY_CATEGORY = new EnumMap<>(Map.of(
			PensionCategory.MARTYR_FAMILY, List.of("MARTYR_FAMILY_2019"),
			PensionCategory.DUTY_DEATH_FAMILY, List.of("DUTY_DEATH_FAMILY_2019"),
			PensionCategory.ILLNESS_DEATH_FAMILY, List.of("ILLNESS_DEATH_FAMILY_2019"),
			PensionCategory.RURAL_DEMOBILISED, List.of("DEMOBILISED_SOLDIER_2019"),
			PensionCategory.ILL_RETURNED_VETERAN, List.of("DISCHARGED_SOLDIER_2019"),
			PensionCategory.WAR_AND_TEST_VETERAN,
			List.of("DEMOBILISED_SOLDIER_2019", "DISCHARGED_SOLDIER_2019", "DISABLED_SOLDIER_2019"),
			PensionCategory.RURAL_OLD_CONSCRIPT, List.of("DISCHARGED_SOLDIER_2019")));

	private final CategoryCatalogue catalogue;

	AccountKinds(CategoryCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** Refuses, naming the field, an entitlement that the person's registry categories do not support. */
	void check(Entitlement entitlement, PersonRecord person) {
		List<String> wanted = entitlement.category() == null ? DISABLED : BY_CATEGORY.get(entitlement.category());
		Set<String> accepted = new LinkedHashSet<>(wanted);
		wanted.forEach(code -> catalogue.byCode(code).map(Category::successor).ifPresent(accepted::add));
		if (person.categories().stream().anyMatch(accepted::contains)) {
			return;
		}
		String field = entitlement.category() == null ? "残疾等级和性质（grade、nature）" : "抚恤补助类别（category）";
		String kind = entitlement.category() == null ? "残疾抚恤金" : entitlement.category().chinese();
		throw new InvalidInputException(field + "：" + kind + "要求此人在优抚对象库中属于「" + labels(accepted, "」或「")
				+ "」，而登记的类别是「" + labels(person.categories(), "、") + "」。请先在优抚对象库中核实此人的类别");
	}

	private String labels(java.util.Collection<String> codes, String joiner) {
		return codes.stream().map(c -> catalogue.byCode(c).map(Category::label).orElse(c))
			.collect(Collectors.joining(joiner));
	}
}
