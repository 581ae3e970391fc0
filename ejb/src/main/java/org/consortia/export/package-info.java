/**
 * Export: the files the portal hands out (CSV, workbooks, PDFs), written in full before they are
 * sent, each with a name and a type; the web module serves every one of them the same way.
 */
package org.consortia.export;
