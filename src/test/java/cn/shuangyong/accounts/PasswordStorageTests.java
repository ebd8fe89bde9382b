package cn.shuangyong.accounts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Passwords are kept only as salted BCrypt hashes (等保 数据保密性, 鉴别数据; ASVS 6.2). */
@PlatformTest
class PasswordStorageTests {

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Test
	void hashesWithBcryptOfCostTen() {
		assertThat(jdbc.sql("select password_hash from accounts.account").query(String.class).list())
			.isNotEmpty().allMatch(hash -> hash.matches("\\$2[aby]\\$10\\$[./A-Za-z0-9]{53}"));
	}

	@Test
	void keepsNoPasswordInPlainText() {
		String password = "Plain#Text2026";
		long id = demo.accountId(demo.newAccount(Role.LIAISON, Demo.WUHUA_OFFICE));
		jdbc.sql("update accounts.account set password_hash = :hash where id = :id")
			.param("hash", encoder.encode(password)).param("id", id).update();
		assertThat(jdbc.sql("""
				select count(*) from accounts.account a
				where position(:p in cast(a as text)) > 0 or position(:d in cast(a as text)) > 0""")
			.param("p", password).param("d", Demo.PASSWORD).query(Long.class).single()).isZero();
	}

	/** Ten rather than a hundred: one hash takes about a quarter of a second on the build machine, as it should. */
	@Test
	void givesEveryHashItsOwnSalt() {
		Set<String> hashes = new HashSet<>();
		for (int i = 0; i < 10; i++) {
			hashes.add(encoder.encode(Demo.NEW_PASSWORD));
		}
		assertThat(hashes).hasSize(10);
		assertThat(hashes.stream().limit(3)).allMatch(hash -> encoder.matches(Demo.NEW_PASSWORD, hash));
	}

	@Test
	void noTwoAccountsShareAHashEvenWithTheSamePassword() {
		demo.newAccount(Role.LIAISON, Demo.WUHUA_OFFICE);
		demo.newAccount(Role.LIAISON, Demo.WUHUA_OFFICE);
		List<String> hashes = jdbc.sql("select password_hash from accounts.account").query(String.class).list();
		assertThat(hashes).hasSizeGreaterThan(13).doesNotHaveDuplicates();
	}

	@Test
	void doesNotCutLongPasswords() {
		String long72 = "Aa1#".repeat(18);
		String hash = encoder.encode(long72);
		assertThat(encoder.matches(long72, hash)).isTrue();
		assertThat(encoder.matches(long72.substring(0, 71), hash)).isFalse();
	}
}
