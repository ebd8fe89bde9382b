package cn.shuangyong.schooling;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import cn.shuangyong.shared.InvalidInputException;

/**
 * The rules in force on a day, and what they give a basis at a stage. A basis that no rule gives at a stage is
 * refused: the family has no entitlement to apply for there.
 */
record EntitlementRules(List<Rule> rules) {

	List<Entitlement> of(Basis basis, Stage stage, LocalDate on) {
		return rules.stream().filter(r -> r.basis() == basis && r.stage() == stage && r.inForceOn(on))
			.map(r -> new Entitlement(r.entitlement(), r.source(), r.article(), r.verified(), r.validFrom())).toList();
	}

	/** The entitlements, or a message naming the stages this basis is given at on that day. */
	List<Entitlement> required(Basis basis, Stage stage, LocalDate on) {
		List<Entitlement> found = of(basis, stage, on);
		if (found.isEmpty()) {
			String stages = rules.stream().filter(r -> r.basis() == basis && r.inForceOn(on)).map(Rule::stage).distinct()
				.sorted().map(RuleText::stage).collect(Collectors.joining("、"));
			throw new InvalidInputException("入学依据在该学段不享有入学优待：按 " + on + " 有效的规定，"
					+ (stages.isEmpty() ? "此依据在任何学段都没有优待" : "此依据只在" + stages + "享有优待"));
		}
		return found;
	}

	record Rule(Basis basis, Stage stage, String entitlement, LocalDate validFrom, LocalDate validTo, String source,
			String article, boolean verified) {

		boolean inForceOn(LocalDate day) {
			return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
		}
	}

	/** The Chinese names error messages use. */
	static final class RuleText {

		private RuleText() {
		}

		static String stage(Stage stage) {
			return switch (stage) {
				case KINDERGARTEN -> "幼儿园";
				case PRIMARY -> "小学";
				case JUNIOR -> "初中";
				case SENIOR -> "高中";
			};
		}
	}
}
