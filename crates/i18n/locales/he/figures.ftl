## figures
