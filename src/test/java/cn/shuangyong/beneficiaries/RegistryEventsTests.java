package cn.shuangyong.beneficiaries;

import java.time.LocalDate;

import cn.shuangyong.Demo;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry tells its neighbours when a person is registered, moves, changes category or dies, and no more. */
@RegistryTest
@RecordApplicationEvents
class RegistryEventsTests {

	@Autowired
	Registry registry;

	@Autowired
	Demo demo;

	@Autowired
	BusinessClock clock;

	@Autowired
	ApplicationEvents events;

	CurrentUser lufeng() {
		return demo.signedIn("lufeng");
	}

	@Test
	void registeringPublishesTheIdsRegionAndCategoriesButNoPersonalData() {
		PersonDraft draft = People.veteran("孙registered", People.LUFENG_VILLAGE);
		PersonRecord person = registry.register(draft, null, lufeng()).person();
		assertThat(events.stream(PersonRegistered.class)).singleElement().satisfies(e -> {
			assertThat(e.personId()).isEqualTo(person.id());
			assertThat(e.householdId()).isEqualTo(person.householdId());
			assertThat(e.regionCode()).isEqualTo(People.LUFENG_VILLAGE);
			assertThat(e.categories()).isEqualTo(person.categories());
			assertThat(e.registeredOn()).isEqualTo(clock.today());
			assertThat(e.toString()).doesNotContain("孙registered", draft.idNumber(), draft.phone(),
					draft.idNumber().substring(6, 14));
		});
	}

	@Test
	void movingAndChangingHouseholdPublishWhereFromAndWhereTo() {
		PersonRecord person = registry.register(People.veteran("孙moved", People.LUFENG_VILLAGE), null, lufeng())
			.person();
		PersonRecord moved = registry.move(person.id(), person.version(), People.LUFENG_TOWNSHIP, lufeng());
		PersonRecord head = registry.register(People.veteran("孙head", People.LUFENG_VILLAGE), null, lufeng()).person();
		registry.joinHousehold(moved.id(), moved.version(), head.householdId(), lufeng());
		assertThat(events.stream(PersonMoved.class)).extracting(PersonMoved::personId, PersonMoved::fromRegion,
				PersonMoved::toRegion, PersonMoved::fromHouseholdId, PersonMoved::toHouseholdId)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(person.id(), People.LUFENG_VILLAGE, People.LUFENG_TOWNSHIP,
							person.householdId(), person.householdId()),
					org.assertj.core.groups.Tuple.tuple(person.id(), People.LUFENG_TOWNSHIP, People.LUFENG_TOWNSHIP,
							person.householdId(), head.householdId()));
		assertThat(events.stream(PersonMoved.class)).noneMatch(PersonMoved::changedCounty);
	}

	@Test
	void anEditPublishesAChangeOfCategoryOrRegionAndNothingWhenNeitherChanged() {
		PersonDraft draft = People.veteran("孙edited", People.LUFENG_VILLAGE);
		PersonRecord person = registry.register(draft, null, lufeng()).person();
		PersonRecord same = registry.edit(person.id(), person.version(), draft, lufeng()).person();
		assertThat(events.stream(PersonCategoriesChanged.class)).isEmpty();
		assertThat(events.stream(PersonMoved.class)).isEmpty();
		PersonDraft changed = new PersonDraft(draft.name(), draft.idNumber(), draft.phone(), draft.address(),
				draft.bankAccount(), "复员军人", null, People.CHUXIONG_CITY_TOWNSHIP);
		PersonRecord after = registry.edit(same.id(), same.version(), changed, demo.signedIn("chuxiong")).person();
		assertThat(events.stream(PersonCategoriesChanged.class)).singleElement().satisfies(e -> {
			assertThat(e.personId()).isEqualTo(person.id());
			assertThat(e.categoriesBefore()).isEqualTo(person.categories());
			assertThat(e.categoriesAfter()).isEqualTo(after.categories()).isNotEqualTo(person.categories());
		});
		assertThat(events.stream(PersonMoved.class)).singleElement().satisfies(e -> {
			assertThat(e.toRegion()).isEqualTo(People.CHUXIONG_CITY_TOWNSHIP);
			assertThat(e.changedCounty()).isTrue();
		});
	}

	@Test
	void aDeathIsRecordedWithItsDateAndPublishedAndIsNoRemovalReason() {
		PersonRecord person = registry.register(People.veteran("孙died", People.LUFENG_VILLAGE), null, lufeng())
			.person();
		assertThatThrownBy(() -> registry.remove(person.id(), person.version(), "死亡", lufeng()))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("登记死亡");
		assertThatThrownBy(() -> registry.recordDeath(person.id(), person.version(), clock.today().plusDays(1),
				lufeng())).isInstanceOf(InvalidInputException.class).hasMessageContaining("不能晚于今天");
		assertThat(events.stream(PersonDied.class)).isEmpty();
		LocalDate diedOn = clock.today().minusDays(3);
		registry.recordDeath(person.id(), person.version(), diedOn, lufeng());
		assertThat(events.stream(PersonDied.class)).singleElement().satisfies(e -> {
			assertThat(e.personId()).isEqualTo(person.id());
			assertThat(e.regionCode()).isEqualTo(People.LUFENG_VILLAGE);
			assertThat(e.categories()).isEqualTo(person.categories());
			assertThat(e.diedOn()).isEqualTo(diedOn);
			assertThat(e.recordedOn()).isEqualTo(clock.today());
		});
		assertThatThrownBy(() -> registry.person(person.id(), lufeng())).isInstanceOf(NotFoundException.class);
	}
}
