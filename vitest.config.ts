import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/core/**/*.test.ts',
            'src/modules/*/domain/**/*.test.ts',
            'src/demo/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
    ],
  },
});
