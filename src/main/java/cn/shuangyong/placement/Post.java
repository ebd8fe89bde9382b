package cn.shuangyong.placement;

/** A post of a round as stored, with the places still free. */
public record Post(long id, long roundId, String unitName, PostUnitKind unitKind, String title, String location,
		String requirements, int placesTotal, int placesLeft, int version) {
}
