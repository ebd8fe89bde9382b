package cn.shuangyong.documents;

import java.util.List;

/** An official document as the platform keeps it. {@code forwardsId} names the document a forward passes on. */
public record RecordedDocument(long id, String docNumber, String issuer, Long issuerUnitId, String title, String kind,
		Long forwardsId, String regionCode, List<String> recipients) {
}
