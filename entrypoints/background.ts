import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Message routing, alarms and the context menu land with the sidebar work (issue 2).
});
