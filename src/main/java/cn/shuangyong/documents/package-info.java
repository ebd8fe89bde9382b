/**
 * Official documents: reading notices into plans, their numbers, issuers, recipients and forwarding chain.
 */
package cn.shuangyong.documents;
