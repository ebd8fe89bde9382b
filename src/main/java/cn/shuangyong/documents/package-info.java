/**
 * Official documents: reading notices into drafts, the register of documents with their forwarding chain, and the
 * receipts (签收) of the units each document was sent to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "公文",
		allowedDependencies = {"audit", "calendar", "directory", "shared"})
package cn.shuangyong.documents;
