package cn.shuangyong.beneficiaries.matching;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.shuangyong.beneficiaries.Category;
import cn.shuangyong.beneficiaries.CategoryCatalogue;
import cn.shuangyong.beneficiaries.PersonRule;
import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.InvalidInputException;

/**
 * A rule as a where clause over {@code beneficiaries.person p} with its parameters, always inside a scope
 * ({@code p.region_code like :scope}, bound by {@link DataScope#bind}). Every value is a bound parameter; the clause's
 * text depends on nothing the caller typed.
 */
public record RuleCondition(String where, Map<String, Object> params) {

	private static final String WHERE = """
			p.region_code like :scope
			  and (cast(:codes as varchar[]) is null or p.categories && cast(:codes as varchar[]))
			  and (cast(:oldest as date) is null or p.birth_date <= :oldest)
			  and (cast(:youngest as date) is null or p.birth_date > :youngest)
			  and (cast(:minGrade as int) is null or p.disability_grade >= :minGrade)
			  and (cast(:maxGrade as int) is null or p.disability_grade <= :maxGrade)""";

	public RuleCondition {
		// unbound parts of a rule are null values, which Map.copyOf refuses
		params = Collections.unmodifiableMap(new HashMap<>(params));
	}

	/**
	 * The rule within a scope. The caller has checked that the scope is one the user may read; the rule's own region,
	 * if any, is not looked at here (see {@code PeopleQuery}).
	 */
	public static RuleCondition of(PersonRule rule, DataScope scope, CategoryCatalogue catalogue) {
		Map<String, Object> params = new HashMap<>();
		scope.bind(params);
		params.put("codes", rule.categories().isEmpty() ? null : matchingCodes(rule.categories(), catalogue)
			.toArray(String[]::new));
		params.put("oldest", rule.bornOnOrBefore());
		params.put("youngest", rule.bornAfter());
		params.put("minGrade", rule.minGrade());
		params.put("maxGrade", rule.maxGrade());
		return new RuleCondition(WHERE, params);
	}

	/** The codes of every set that count as one of the wanted categories, along the successor chains both ways. */
	static List<String> matchingCodes(List<String> wanted, CategoryCatalogue catalogue) {
		Set<String> codes = new LinkedHashSet<>();
		for (String code : wanted) {
			Category named = catalogue.byCode(code)
				.orElseThrow(() -> new InvalidInputException("优抚类别代码“" + code + "”不存在"));
			for (Category category : catalogue.all()) {
				if (chain(category, catalogue).contains(code) || chain(named, catalogue).contains(category.code())) {
					codes.add(category.code());
				}
			}
		}
		return List.copyOf(codes);
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
