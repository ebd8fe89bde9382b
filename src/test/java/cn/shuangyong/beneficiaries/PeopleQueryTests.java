package cn.shuangyong.beneficiaries;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.Demo;
import cn.shuangyong.accounts.Role;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry's query for its neighbours: a rule, always inside the caller's scope. */
@RegistryTest
class PeopleQueryTests {

	@Autowired
	PeopleQuery query;

	@Autowired
	Registry registry;

	@Autowired
	Demo demo;

	@Autowired
	BusinessClock clock;

	List<RegistryPerson> matching(PersonRule rule, CurrentUser user) {
		List<RegistryPerson> found = new ArrayList<>();
		query.forEach(rule, user, found::add);
		assertThat(query.count(rule, user)).isEqualTo(found.size());
		return found;
	}

	@Test
	void aCountyUserGetsNoOneOutsideTheCounty() {
		CurrentUser chuxiong = demo.signedIn("chuxiong");
		CurrentUser lufeng = demo.signedIn("lufeng");
		long inLufeng = registry.register(People.veteran("李county", People.LUFENG_VILLAGE), null, chuxiong).person()
			.id();
		long inChuxiongCity = registry.register(People.veteran("李city", People.CHUXIONG_CITY_TOWNSHIP), null, chuxiong)
			.person().id();
		List<RegistryPerson> seenByLufeng = matching(PersonRule.holding("VETERAN"), lufeng);
		assertThat(seenByLufeng).extracting(RegistryPerson::personId).contains(inLufeng).doesNotContain(inChuxiongCity);
		assertThat(seenByLufeng).allMatch(p -> p.regionCode().startsWith(lufeng.regionCode()));
		assertThat(matching(PersonRule.holding("VETERAN"), chuxiong)).extracting(RegistryPerson::personId)
			.contains(inLufeng, inChuxiongCity);
		assertThatThrownBy(() -> matching(PersonRule.everyone().under("532301"), lufeng))
			.isInstanceOf(NotFoundException.class);
		assertThat(matching(PersonRule.everyone().under(People.LUFENG_VILLAGE), chuxiong))
			.allMatch(p -> p.regionCode().equals(People.LUFENG_VILLAGE)).isNotEmpty();
	}

	@Test
	void categoriesAgesAndGradesNarrowTheRule() {
		CurrentUser lufeng = demo.signedIn("lufeng");
		PersonDraft veteran = People.veteran("李grade", People.LUFENG_VILLAGE);
		PersonRecord disabled = registry.register(new PersonDraft(veteran.name(), veteran.idNumber(), null, null, null,
				"残疾军人", "6级", People.LUFENG_VILLAGE), null, lufeng).person();
		List<RegistryPerson> graded = matching(PersonRule.everyone().graded(5, 7), lufeng);
		assertThat(graded).extracting(RegistryPerson::personId).contains(disabled.id());
		assertThat(graded).allMatch(p -> p.disabilityGrade() >= 5 && p.disabilityGrade() <= 7);
		assertThat(matching(PersonRule.everyone().graded(1, 5), lufeng)).extracting(RegistryPerson::personId)
			.doesNotContain(disabled.id());
		int age = disabled.birthDate().until(clock.today()).getYears();
		assertThat(matching(PersonRule.everyone().graded(6, 6).aged(age, age, clock.today()), lufeng))
			.extracting(RegistryPerson::personId).contains(disabled.id());
		assertThat(matching(PersonRule.everyone().graded(6, 6).aged(age + 1, null, clock.today()), lufeng))
			.extracting(RegistryPerson::personId).doesNotContain(disabled.id());
		assertThatThrownBy(() -> PersonRule.everyone().graded(7, 5)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> matching(PersonRule.holding("NO_SUCH_CATEGORY"), lufeng))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("NO_SUCH_CATEGORY");
	}

	@Test
	void personalDetailsOnlyForThoseWhoMayReadPeopleAndNothingForAdministrators() {
		CurrentUser lufeng = demo.signedIn("lufeng");
		long id = registry.register(People.veteran("李personal", People.LUFENG_VILLAGE), null, lufeng).person().id();
		RegistryPerson asStaff = matching(PersonRule.everyone(), lufeng).stream().filter(p -> p.personId() == id)
			.findFirst().orElseThrow();
		assertThat(asStaff.personal().name()).isEqualTo("李personal");
		assertThat(asStaff.personal().idMasked()).contains("*");
		CurrentUser liaison = demo.signedIn(demo.newAccount(Role.LIAISON, Demo.LUFENG_OFFICE));
		RegistryPerson asLiaison = matching(PersonRule.everyone(), liaison).stream().filter(p -> p.personId() == id)
			.findFirst().orElseThrow();
		assertThat(asLiaison.personal()).isNull();
		assertThat(asLiaison.categories()).isEqualTo(asStaff.categories());
		assertThatThrownBy(() -> matching(PersonRule.everyone(), demo.signedIn("admin")))
			.isInstanceOf(AccessDeniedException.class);
	}
}
