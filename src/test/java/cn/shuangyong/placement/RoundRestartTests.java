package cn.shuangyong.placement;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.IntStream;

import cn.shuangyong.ShuangyongApplication;
import cn.shuangyong.accounts.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo round of 楚雄州, interrupted mid-choice by a restart of the server, goes on exactly where it stood: the
 * same soldier called, the same places left, the same record of actions, the passed-over soldier still waiting at
 * the end, and the turn counter going on without a gap. Two application contexts, one after the other, on one
 * database of their own (a {@code PlatformTest} context makes a fresh database at each start, which a restart must
 * not); the demo's other seeders are left out, as this needs only its accounts and its round.
 */
class RoundRestartTests {

	private static final String OTHER_SEEDERS = "activities,cases,consultation,dual-list,employment,honours,"
			+ "model-city-round,pensions,people,plan,priority,publicity,schooling,stations";

	@Test
	void aRoundInterruptedByARestartResumesAtTheSoldierItStoodAt() throws IOException {
		String database = "placement_restart_" + UUID.randomUUID().toString().substring(0, 8);
		long round;
		long passed;
		RoundView before;
		try (ConfigurableApplicationContext first = start(database)) {
			SignedInUser chuxiong = chuxiong(first);
			LiveChoice choice = first.getBean(LiveChoice.class);
			RoundQueries queries = first.getBean(RoundQueries.class);
			round = demoRound(first);
			RoundView seeded = queries.round(round, chuxiong);
			assertThat(seeded.called().rank()).isEqualTo(DemoPlacementRound.CHOSEN + 1);
			passed = seeded.called().id();
			choice.passOver(round, passed, chuxiong);
			RoundView.SoldierLine next = queries.round(round, chuxiong).called();
			assertThat(next.rank()).isEqualTo(DemoPlacementRound.CHOSEN + 2);
			choice.choose(round, ChoiceRequest.of(next.id(), openPost(queries.round(round, chuxiong)), "楚雄州公证处", null),
					chuxiong);
			before = queries.round(round, chuxiong);
		}

		try (ConfigurableApplicationContext second = start(database)) {
			SignedInUser chuxiong = chuxiong(second);
			LiveChoice choice = second.getBean(LiveChoice.class);
			RoundQueries queries = second.getBean(RoundQueries.class);
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(demoRound(second)).as("the demo is not seeded a second time").isEqualTo(round);
			RoundView after = queries.round(round, chuxiong);
			assertThat(after).isEqualTo(before);
			assertThat(after.stage()).isEqualTo(RoundStage.CHOOSING);
			assertThat(after.called().rank()).isEqualTo(DemoPlacementRound.CHOSEN + 3);

			RoundView.SoldierLine outOfTurn = after.soldiers().stream()
				.filter(s -> s.rank() != null && s.rank() == DemoPlacementRound.CHOSEN + 4).findFirst().orElseThrow();
			assertThatThrownBy(() -> choice.choose(round, ChoiceRequest.of(outOfTurn.id(), openPost(after), null, null),
					chuxiong)).hasMessageContaining("未轮到");
			assertThatThrownBy(() -> choice.choose(round, ChoiceRequest.of(passed, openPost(after), null, null),
					chuxiong)).as("the passed-over soldier waits for the end").hasMessageContaining("未轮到");
			assertThat(queries.round(round, chuxiong)).isEqualTo(after);

			List<Long> called = new ArrayList<>();
			RoundView now = after;
			while (now.stage() == RoundStage.CHOOSING) {
				called.add(now.called().id());
				choice.choose(round, ChoiceRequest.of(now.called().id(), openPost(now), "楚雄州公证处", null), chuxiong);
				now = queries.round(round, chuxiong);
			}
			assertThat(called).as("every one left, once, and the passed-over soldier last")
				.hasSize(DemoPlacementRound.SOLDIERS - DemoPlacementRound.CHOSEN - 1).doesNotHaveDuplicates()
				.endsWith(passed);
			assertThat(now.soldiers()).allSatisfy(s -> assertThat(s.state()).isEqualTo(SoldierState.CHOSEN));
			assertThat(now.actions()).extracting(RoundView.ActionLine::turn)
				.containsExactlyElementsOf(IntStream.rangeClosed(1, now.turn()).boxed().toList());
			assertThat(now.actions().subList(0, before.actions().size())).isEqualTo(before.actions());
			assertThat(jdbc.sql("select sum(places_total - places_left) from placement.post where round_id = ?")
				.param(round).query(Long.class).single()).isEqualTo(DemoPlacementRound.SOLDIERS);
		}
	}

	private static long openPost(RoundView round) {
		return round.posts().stream().filter(p -> p.placesLeft() > 0).findFirst().orElseThrow().id();
	}

	private static long demoRound(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class)
			.sql("select id from placement.round where region_code = '5323' and year = 2020 and kind = 'SOLDIERS'")
			.query(Long.class).single();
	}

	private static SignedInUser chuxiong(ConfigurableApplicationContext context) {
		SignedInUser user = (SignedInUser) context.getBean(UserDetailsService.class).loadUserByUsername("chuxiong");
		user.eraseCredentials();
		return user;
	}

	/** The platform as {@code java -jar} with these arguments starts it, on a database of the tests' embedded cluster. */
	private static ConfigurableApplicationContext start(String database) throws IOException {
		Map<String, Object> properties = new HashMap<>();
		try (InputStream keys = RoundRestartTests.class.getResourceAsStream("/test-keys.properties")) {
			Properties loaded = new Properties();
			loaded.load(keys);
			loaded.forEach((key, value) -> properties.put((String) key, value));
		}
		properties.put("shuangyong.embedded-db.data-dir", "target/test-db");
		properties.put("shuangyong.embedded-db.database", database);
		properties.put("shuangyong.embedded-db.fresh-database", "false");
		properties.put("shuangyong.demo.enabled", "true");
		properties.put("shuangyong.demo.skip", OTHER_SEEDERS);
		properties.put("shuangyong.security.totp.enabled", "false");
		properties.put("shuangyong.supervision.escalation.run-at-start", "false");
		properties.put("spring.lifecycle.timeout-per-shutdown-phase", "5s");
		properties.put("server.port", "0");
		return new SpringApplicationBuilder(ShuangyongApplication.class).run(properties.entrySet().stream()
			.map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
	}
}
