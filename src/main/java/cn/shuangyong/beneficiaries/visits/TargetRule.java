package cn.shuangyong.beneficiaries.visits;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.shuangyong.beneficiaries.Category;
import cn.shuangyong.beneficiaries.CategoryCatalogue;

/**
 * Who a campaign visits, as data kept on the campaign and evaluated in SQL against the registry: people holding any of
 * the categories, of an age on the festival day, with a disability grade up to a limit, living in a region. A null
 * bound is no bound. Categories match across the dated sets: a rule naming the 2024 退役军人 also finds people recorded
 * under the 2019 复员军人 and 退伍军人, and the reverse.
 */
public record TargetRule(List<String> categories, Integer minAge, Integer maxAge, Integer maxGrade, String region) {

	/** The codes of every set that count as one of the rule's categories. */
	public List<String> matchingCodes(CategoryCatalogue catalogue) {
		Set<String> codes = new LinkedHashSet<>();
		for (String wanted : categories) {
			for (Category category : catalogue.all()) {
				if (chain(category, catalogue).contains(wanted) || chain(catalogueCode(wanted, catalogue), catalogue)
					.contains(category.code())) {
					codes.add(category.code());
				}
			}
		}
		return List.copyOf(codes);
	}

	/** Born on or before this date: at least {@code minAge} on the festival day. */
	public LocalDate bornOnOrBefore(LocalDate festival) {
		return minAge == null ? null : festival.minusYears(minAge);
	}

	/** Born after this date: at most {@code maxAge} on the festival day. */
	public LocalDate bornAfter(LocalDate festival) {
		return maxAge == null ? null : festival.minusYears(maxAge + 1L);
	}

	private static Category catalogueCode(String code, CategoryCatalogue catalogue) {
		return catalogue.byCode(code).orElseThrow(() -> new IllegalArgumentException("未知的优抚类别代码：" + code));
	}

	private static Set<String> chain(Category start, CategoryCatalogue catalogue) {
		Set<String> codes = new LinkedHashSet<>();
		Category category = start;
		while (category != null && codes.add(category.code())) {
			category = category.successor() == null ? null : catalogue.byCode(category.successor()).orElse(null);
		}
		return codes;
	}
}
