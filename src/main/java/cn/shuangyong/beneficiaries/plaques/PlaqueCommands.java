package cn.shuangyong.beneficiaries.plaques;

import java.time.LocalDate;

/** What a user asks of a household's plaque. Photos are the uploaded bytes, or null when none was given. */
public final class PlaqueCommands {

	private PlaqueCommands() {
	}

	/** Hang the household's plaque: when, by whom (names of those who hung it), with a photo. */
	public record HangPlaque(LocalDate hungOn, String hungBy, byte[] photo) {
	}

	public record ReplacePlaque(String reason, LocalDate replacedOn, String replacedBy, String detail, byte[] photo) {
	}

	/** Take the plaque down: a ground from the pick-list and the facts in words. */
	public record RevokePlaque(String ground, String detail, LocalDate revokedOn) {
	}

	public record RestorePlaque(String detail, LocalDate restoredOn) {
	}
}
