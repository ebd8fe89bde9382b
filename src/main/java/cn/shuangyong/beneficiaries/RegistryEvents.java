package cn.shuangyong.beneficiaries;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import cn.shuangyong.shared.BusinessClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the registry's events from inside the changing transaction, so that a listener
 * ({@code @ApplicationModuleListener}) hears a change only once it is committed, and Modulith's publication registry
 * keeps the event until every listener has handled it.
 */
@Component
class RegistryEvents {

	private final ApplicationEventPublisher publisher;

	private final BusinessClock clock;

	RegistryEvents(ApplicationEventPublisher publisher, BusinessClock clock) {
		this.publisher = publisher;
		this.clock = clock;
	}

	void registered(PersonRecord person) {
		publisher.publishEvent(new PersonRegistered(person.id(), person.householdId(), person.regionCode(),
				person.categories(), person.disabilityGrade(), clock.today()));
	}

	/** What an edit or a move changed: the residence, the categories or grade, or nothing a neighbour hears of. */
	void changed(PersonRecord before, PersonRecord after) {
		moved(before, after);
		if (!Set.copyOf(before.categories()).equals(Set.copyOf(after.categories()))
				|| !Objects.equals(before.disabilityGrade(), after.disabilityGrade())) {
			publisher.publishEvent(new PersonCategoriesChanged(after.id(), after.regionCode(), before.categories(),
					after.categories(), before.disabilityGrade(), after.disabilityGrade(), clock.today()));
		}
	}

	/** A change of residence or household; nothing when neither changed. */
	void moved(PersonRecord before, PersonRecord after) {
		if (!before.regionCode().equals(after.regionCode()) || before.householdId() != after.householdId()) {
			publisher.publishEvent(new PersonMoved(after.id(), before.householdId(), after.householdId(),
					before.regionCode(), after.regionCode(), clock.today()));
		}
	}

	void died(PersonRecord person, LocalDate diedOn) {
		publisher.publishEvent(new PersonDied(person.id(), person.householdId(), person.regionCode(),
				person.categories(), person.disabilityGrade(), diedOn, clock.today()));
	}

	LocalDate today() {
		return clock.today();
	}
}
