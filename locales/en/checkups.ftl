## Child checkups, birth, dental, screening, medicines
