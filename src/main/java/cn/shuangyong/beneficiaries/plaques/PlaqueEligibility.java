package cn.shuangyong.beneficiaries.plaques;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which categories make a household eligible for a plaque, read from {@code beneficiaries.plaque_rule}: one row per
 * category code of either set of 《军人抚恤优待条例》, each with its basis and the article it rests on. The roll-up's
 * SQL reads the same table, so the page and the counts cannot disagree.
 */
public final class PlaqueEligibility {

	private final Map<String, Rule> rules;

	public PlaqueEligibility(Collection<Rule> rules) {
		this.rules = rules.stream().collect(Collectors.toUnmodifiableMap(Rule::categoryCode, r -> r));
	}

	/** The grounds a household's members give it; empty when none qualifies. */
	public Set<PlaqueBasis> basesOf(Collection<String> categoryCodes) {
		Set<PlaqueBasis> bases = EnumSet.noneOf(PlaqueBasis.class);
		for (String code : categoryCodes) {
			rule(code).filter(Rule::eligible).ifPresent(r -> bases.add(r.basis()));
		}
		return bases;
	}

	public boolean eligible(Collection<String> categoryCodes) {
		return !basesOf(categoryCodes).isEmpty();
	}

	public Optional<Rule> rule(String categoryCode) {
		return Optional.ofNullable(rules.get(categoryCode));
	}

	/** One category's rule. */
	public record Rule(String categoryCode, boolean eligible, PlaqueBasis basis, String source) {
	}
}
