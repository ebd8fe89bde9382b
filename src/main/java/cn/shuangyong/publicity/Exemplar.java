package cn.shuangyong.publicity;

/**
 * An exemplar held up in publicity: the honour as the selecting body names it, the person, where they are from, the
 * year of the selection and the source that named them (a document or a published list), with their story and the
 * honours they held when nominated.
 */
public record Exemplar(long id, String title, String name, String regionCode, String regionName, int year,
		String source, String story, String honours) {
}
