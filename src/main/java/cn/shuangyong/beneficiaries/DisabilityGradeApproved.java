package cn.shuangyong.beneficiaries;

import java.time.LocalDate;

/**
 * A disability grade was approved by the body that rates disabilities (the provincial veterans department, through
 * the pensions module, which owns the ratings). The registry hears it and records the person's grade
 * ({@code GradesFromRatings}); its neighbours then hear {@link PersonCategoriesChanged}. The type is the registry's,
 * so that the rating module depends on the registry and not the other way round.
 *
 * @param decision what the grade rests on, as the person's history shows it (审批日期 and 证号)
 */
public record DisabilityGradeApproved(long personId, int grade, LocalDate approvedOn, String decision) {

	public DisabilityGradeApproved {
		if (grade < DisabilityGrade.MOST_SEVERE || grade > DisabilityGrade.LEAST_SEVERE) {
			throw new IllegalArgumentException("a disability grade is 1 to 10, not " + grade);
		}
	}
}
