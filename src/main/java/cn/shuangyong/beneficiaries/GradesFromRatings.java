package cn.shuangyong.beneficiaries;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The registry keeps the grade the approved rating gave: it writes the person's grade and tells its neighbours
 * ({@link PersonCategoriesChanged}), as an edit would. A person no longer in the registry (died meanwhile) is left
 * alone.
 */
@Component
class GradesFromRatings {

	private static final Logger log = LoggerFactory.getLogger(GradesFromRatings.class);

	private final PersonStore people;

	private final RegistryEvents events;

	GradesFromRatings(PersonStore people, RegistryEvents events) {
		this.people = people;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(DisabilityGradeApproved approved) {
		people.find(approved.personId()).ifPresentOrElse(before -> {
			people.setGrade(before.id(), before.version(), approved.grade());
			PersonRecord after = people.find(before.id()).orElseThrow();
			events.changed(before, after);
			log.info("优抚对象 {} 的残疾等级按评残审批记为 {} 级（{}）", before.id(), approved.grade(), approved.decision());
		}, () -> log.warn("评残审批的优抚对象 {} 已不在登记簿中，残疾等级未记录", approved.personId()));
	}
}
