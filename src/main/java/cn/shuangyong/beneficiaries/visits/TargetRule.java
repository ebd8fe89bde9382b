package cn.shuangyong.beneficiaries.visits;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.beneficiaries.PersonRule;

/**
 * Who a campaign visits, as kept on the campaign: people holding any of the categories, of an age on the festival
 * day, with a disability grade up to a limit, living in a region. It is drawn as the registry's one
 * {@link PersonRule}, so a campaign finds people exactly as a neighbour's query does.
 */
public record TargetRule(List<String> categories, Integer minAge, Integer maxAge, Integer maxGrade, String region) {

	/** The registry's rule, with ages counted on the festival day. */
	public PersonRule on(LocalDate festival) {
		return new PersonRule(categories, minAge, maxAge, festival, null, maxGrade, region);
	}
}
