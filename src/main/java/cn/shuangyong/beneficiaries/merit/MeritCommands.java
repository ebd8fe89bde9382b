package cn.shuangyong.beneficiaries.merit;

import java.time.LocalDate;

/** What a user records about a merit notice. */
public final class MeritCommands {

	private MeritCommands() {
	}

	/** A notice received from the army, to register for the family household the soldier chose. */
	public record RegisterNotice(Long householdId, String soldierName, String soldierUnit, String award,
			Integer awardYear, LocalDate receivedOn) {
	}

	/** The delivery ceremony: when, where, who delivered, a photo. */
	public record RecordCeremony(LocalDate deliveredOn, String place, String deliveredBy, byte[] photo) {
	}
}
