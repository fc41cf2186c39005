/**
 * Reply templates (常用答复): the answers an office gives again and again, kept per office (a region)
 * so that its staff, the offices below it and the deputies of its stations start from them and edit
 * before they send. Staff keep the templates of their own region and those below it.
 */
package cn.liaison.replytemplate;
