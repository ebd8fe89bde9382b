package cn.shuangyong.placement;

/** A round in a list: office, year, kind, stage and how far the choice has come. */
public record RoundSummary(long id, String regionCode, String regionName, int year, RoundKind kind, String method,
		RoundStage stage, int soldiers, int chosen, int posts, int placesLeft) {
}
