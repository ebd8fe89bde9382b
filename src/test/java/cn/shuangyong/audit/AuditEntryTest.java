package cn.shuangyong.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ASVS 16.4.1: what a user typed can never forge a line or an entry of the log. */
class AuditEntryTest {

	@Test
	void escapesLineBreaksInTheActorAndDetail() {
		AuditEntry entry = entry("x\r\n2025-01-01 INFO admin login ok", "a\nb\rc");
		assertThat(entry.actor()).isEqualTo("x\\r\\n2025-01-01 INFO admin login ok").doesNotContain("\r", "\n");
		assertThat(entry.detail()).isEqualTo("a\\nb\\rc");
	}

	@Test
	void replacesOtherControlCharacters() {
		assertThat(entry("bad\u0000name\u001b[31m", null).actor()).isEqualTo("bad?name?[31m");
	}

	@Test
	void cutsTheActorAndDetailToTheirColumns() {
		assertThat(entry("a".repeat(100), "d".repeat(2000))).satisfies(e -> {
			assertThat(e.actor()).hasSize(64);
			assertThat(e.detail()).hasSize(1000);
		});
	}

	@Test
	void namesAnUnknownActor() {
		assertThat(entry("  ", null).actor()).isEqualTo("(匿名)");
		assertThat(entry(null, null).actor()).isEqualTo("(匿名)");
	}

	private static AuditEntry entry(String actor, String detail) {
		return new AuditEntry(actor, null, null, "127.0.0.1", "LOGIN_FAILURE", "ACCOUNT", null, AuditOutcome.FAILURE,
				detail);
	}
}
